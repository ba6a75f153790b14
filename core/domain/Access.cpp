#include "Access.h"

#include <algorithm>

QList<Role> Access::roles()
{
    return {Role::Administrator, Role::Coordinator, Role::Officer, Role::Clerk, Role::Viewer};
}

QString Access::roleKey(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

bool Access::roleFromKey(const QString &key, Role *role)
{
    for (Role r : roles()) {
        if (roleKey(r) == key.trimmed().toLower()) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Access::roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Coordinator:
        return tr("Coordinator");
    case Role::Officer:
        return tr("Officer");
    case Role::Clerk:
        return tr("Clerk");
    case Role::Viewer:
        break;
    }
    return tr("Viewer");
}

QString Access::roleDescription(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Manages the users, the office settings and the backups.");
    case Role::Coordinator:
        return tr("Decides cases (registers, forwards, stops), does all an officer does and may "
                  "see a confidential reporter's identity.");
    case Role::Officer:
        return tr("Handles cases, hearings, documents and follow-ups.");
    case Role::Clerk:
        return tr("Keeps the hearings and minutes of the cases assigned to them.");
    case Role::Viewer:
        break;
    }
    return tr("Reads cases and statistics, without confidential identities.");
}

bool Access::may(Role role, Action action)
{
    switch (action) {
    case Action::ManageUsers:
    case Action::EditSettings:
    case Action::RestoreBackup:
        return role == Role::Administrator;
    case Action::MakeBackup:
        // A backup holds everything: for the roles that may see everything.
        return role == Role::Administrator || role == Role::Coordinator;
    case Action::Decide:
    case Action::SeeConfidential:
    case Action::ImportData:
    case Action::CloseLeads:
    // A person's record leaves the office for a selection committee, signed by its chair: the
    // commissioner answers for each look-up, as for a reveal.
    case Action::LookUpRecord:
        return role == Role::Coordinator;
    case Action::EditCases:
    case Action::EditFollowUps:
    case Action::AssignClerks:
    case Action::ExportData:
    case Action::EditActivities:
    case Action::EditLeads:
        return role == Role::Coordinator || role == Role::Officer;
    case Action::EditHearings:
        return role == Role::Coordinator || role == Role::Officer || role == Role::Clerk;
    }
    return false;
}

bool Access::writes(Action action)
{
    // A reveal writes too: it is logged. A backup is written elsewhere.
    return action != Action::ExportData && action != Action::MakeBackup;
}

QString Access::refusal(Role role, Action action)
{
    const QString who = roleName(role);
    switch (action) {
    case Action::ManageUsers:
        return tr("Only an administrator manages users; you are signed in as %1.").arg(who);
    case Action::EditSettings:
        return tr("Only an administrator changes the settings; you are signed in as %1.").arg(who);
    case Action::RestoreBackup:
        return tr("Only an administrator restores a backup; you are signed in as %1.").arg(who);
    case Action::MakeBackup:
        return tr("Only an administrator or a coordinator makes a backup on demand (a backup "
                  "holds the whole file); you are signed in as %1.")
            .arg(who);
    case Action::Decide:
        return tr("Only a coordinator registers, forwards or stops a case; you are signed in as "
                  "%1.")
            .arg(who);
    case Action::SeeConfidential:
        return tr("Only a coordinator may see a confidential reporter's identity; you are signed "
                  "in as %1.")
            .arg(who);
    case Action::ImportData:
        return tr("Only a coordinator brings in registers and packages; you are signed in as %1.")
            .arg(who);
    case Action::EditCases:
        return tr("Your role (%1) may not change cases.").arg(who);
    case Action::EditFollowUps:
        return tr("Your role (%1) may not change follow-ups.").arg(who);
    case Action::AssignClerks:
        return tr("Your role (%1) may not assign clerks.").arg(who);
    case Action::ExportData:
        return tr("Your role (%1) may not export data.").arg(who);
    case Action::EditActivities:
        return tr("Your role (%1) may not change prevention activities.").arg(who);
    case Action::EditLeads:
        return tr("Your role (%1) may not record or trace supervision leads.").arg(who);
    case Action::CloseLeads:
        return tr("Only a coordinator closes a supervision lead or turns it into a finding; you "
                  "are signed in as %1.")
            .arg(who);
    case Action::LookUpRecord:
        return tr("Only a coordinator looks up a person's track record; you are signed in as %1.")
            .arg(who);
    case Action::EditHearings:
        break;
    }
    if (role == Role::Clerk)
        return tr("A clerk keeps the hearings of the cases assigned to them only; this case is not "
                  "assigned to you.");
    return tr("Your role (%1) may not change hearings or minutes.").arg(who);
}

QString Access::readOnlyRefusal()
{
    return tr("The file is open read-only; nothing can be changed.");
}

int Access::loginDelaySeconds(int failedAttempts, bool lastAdministrator)
{
    if (failedAttempts < FreeAttempts)
        return 0;
    const int doublings = std::min(failedAttempts - FreeAttempts, 5);
    const int delay = std::min(30 << doublings, 15 * 60);
    return lastAdministrator ? std::min(delay, LastAdministratorDelaySeconds) : delay;
}

bool Access::changesCases(Action action)
{
    switch (action) {
    case Action::EditCases:
    case Action::Decide:
    case Action::EditHearings:
    case Action::EditFollowUps:
    case Action::AssignClerks:
    case Action::EditActivities:
        return true;
    default:
        return false;
    }
}
