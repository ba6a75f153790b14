#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The roles of an office's users and what each may do: the one set of rules that netra-cli and
// every window obey.
enum class Role {
    Administrator, // users, settings, backups
    Coordinator,   // decisions (register, forward, stop), everything an officer does, and the
                   // identity of a confidential reporter
    Officer,       // cases, hearings, documents, follow-ups
    Clerk,         // hearings and minutes of the cases assigned to them
    Viewer,        // reads, without confidential identities
};

enum class Action {
    ManageUsers,     // add users, change roles, reset passwords
    EditSettings,    // office, numbering, letterhead, holidays, idle lock, backups kept
    RestoreBackup,   // put a backup in the place of the data file
    MakeBackup,      // make a backup on demand, where the user chooses, and rotate the old ones
                     // (the desktop's automatic backups, in the folder beside the file, are
                     // made whoever is signed in)
    EditCases,       // intake, parties, evidence, review, analysis, procedure steps that are no
                     // decision
    Decide,          // register or not, withdraw, forward, stop, extend the decision deadline
    EditHearings,    // hearings, invitations, attendance, minutes (a clerk: assigned cases only)
    EditFollowUps,   // recommendations and the PPK's follow-up
    AssignClerks,    // which clerks keep the hearings of a case
    SeeConfidential, // reveal a confidential reporter's identity (every reveal is logged)
    ImportData,      // bring in CSV registers and packages
    ExportData,      // write CSV registers and packages
    EditActivities,  // prevention activities (outreach, declarations, coordination meetings,
                     // appeal letters) and their attachments
    EditLeads,       // supervision leads (informasi awal): recording, tracing notes, evidence
    CloseLeads,      // a lead closed as not pursued or turned into a finding (a plenary's decision)
    LookUpRecord,    // a person's track record (rekam jejak) by NIP or name, and its certificate
                     // for a selection committee (every look-up is logged with its purpose)
};

// A user of a data file.
struct User
{
    qint64 id = 0;
    QString uuid;
    QString login;
    QString fullName;
    Role role = Role::Viewer;
    bool active = true;
    QDateTime lastLogin;
    // Which offices' cases the user works on (Scope): empty for a user of one office's store.
    QString scope;
};

class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static QList<Role> roles();
    // "administrator", "coordinator", "officer", "clerk", "viewer": as stored in the file.
    static QString roleKey(Role role);
    static bool roleFromKey(const QString &key, Role *role);
    // The role's name in the user's language.
    static QString roleName(Role role);
    // What the role is for, in one sentence, for the users dialog.
    static QString roleDescription(Role role);

    // Whether the role may take the action at all (a clerk's hearings: only assigned cases, which
    // the store checks).
    static bool may(Role role, Action action);
    // Whether the action writes to the file (refused on a file opened read-only); revealing a
    // confidential identity does, since every reveal is logged.
    static bool writes(Action action);
    // Whether the action changes an office's cases or activities: what users of a province or
    // the nation may not do (Scope::isWide).
    static bool changesCases(Action action);
    // Why the action is refused, in the user's language.
    static QString refusal(Role role, Action action);
    static QString readOnlyRefusal();

    // The shortest password accepted.
    static constexpr int MinimumPasswordLength = 8;
    // Consecutive wrong passwords allowed before each further try must wait.
    static constexpr int FreeAttempts = 3;
    // The longest an active administrator waits when no other active administrator can sign in
    // without waiting (the only one, or all of them guessed at): wrong passwords typed by
    // anyone never keep the office out of its users and settings for longer. Guessing stays
    // slow: one try a minute on that account, each checked against an Argon2id hash, is at most
    // 1,440 tries a day, against 2.8 x 10^12 passwords of 8 letters and digits.
    static constexpr int LastAdministratorDelaySeconds = 60;
    // How long a login must wait after `failedAttempts` consecutive wrong passwords: nothing for
    // the first few, then 30 seconds doubling up to 15 minutes; for the last administrator who
    // could sign in (`lastAdministrator`), at most LastAdministratorDelaySeconds.
    static int loginDelaySeconds(int failedAttempts, bool lastAdministrator = false);
};
