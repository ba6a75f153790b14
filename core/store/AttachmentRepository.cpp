#include "AttachmentRepository.h"

#include "GuardedWrite.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

QString AttachmentRepository::table() const
{
    switch (m_owner) {
    case AttachmentOwner::Case:
        return QStringLiteral("attachments");
    case AttachmentOwner::Activity:
        return QStringLiteral("activity_attachments");
    case AttachmentOwner::Lead:
        break;
    }
    return QStringLiteral("lead_attachments");
}

QString AttachmentRepository::ownerColumn() const
{
    switch (m_owner) {
    case AttachmentOwner::Case:
        return QStringLiteral("case_id");
    case AttachmentOwner::Activity:
        return QStringLiteral("activity_id");
    case AttachmentOwner::Lead:
        break;
    }
    return QStringLiteral("lead_id");
}

QString AttachmentRepository::ownerTable() const
{
    switch (m_owner) {
    case AttachmentOwner::Case:
        return QStringLiteral("cases");
    case AttachmentOwner::Activity:
        return QStringLiteral("activities");
    case AttachmentOwner::Lead:
        break;
    }
    return QStringLiteral("leads");
}

Action AttachmentRepository::action() const
{
    switch (m_owner) {
    case AttachmentOwner::Case:
        return Action::EditCases;
    case AttachmentOwner::Activity:
        return Action::EditActivities;
    case AttachmentOwner::Lead:
        break;
    }
    return Action::EditLeads;
}

QVariantMap AttachmentRepository::logged(const QVariantMap &columns)
{
    QVariantMap l;
    for (const char *key : {"name", "size", "sha256"})
        l.insert(QLatin1String(key), columns.value(QLatin1String(key)));
    return l;
}

bool AttachmentRepository::addAttachment(qint64 caseId, const QString &name, const QByteArray &data,
                                         const QString &mime, AttachmentInfo *info, QString *error)
{
    GuardedWrite t(m_db, action(), error);
    if (!t.isOpen())
        return false;
    QSqlQuery &c =
        m_db.prepared(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(ownerTable()));
    c.addBindValue(caseId);
    const QString caseUuid = c.exec() && c.next() ? c.value(0).toString() : QString();
    c.finish();
    if (caseUuid.isEmpty()) {
        *error = m_owner == AttachmentOwner::Case ? tr("The case no longer exists in the file.")
                 : m_owner == AttachmentOwner::Activity
                     ? tr("The activity no longer exists in the file.")
                     : tr("The lead no longer exists in the file.");
        return false;
    }
    AttachmentInfo a;
    a.name = name;
    a.mime = mime;
    a.size = data.size();
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.addedAt = m_db.now();
    const QVariantMap columns{{QStringLiteral("name"), name},
                              {QStringLiteral("size"), a.size},
                              {QStringLiteral("sha256"), a.sha256}};
    const QVariantMap unlogged{{ownerColumn(), caseId},
                               {QStringLiteral("mime"), mime},
                               {QStringLiteral("data"), data},
                               {QStringLiteral("added_at"), SqlValues::timestamp(a.addedAt)}};
    QString sqlError;
    a.id = RecordWriter(m_db).insert(table(), a.uuid, columns, caseUuid, &sqlError, unlogged);
    if (!a.id || !t.commit()) {
        *error = tr("The file %1 could not be attached: %2")
                     .arg(name, sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    if (info)
        *info = a;
    return true;
}

QList<AttachmentInfo> AttachmentRepository::attachments(qint64 caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, uuid, name, mime, size, sha256, added_at FROM %1"
                             " WHERE %2 = ? ORDER BY id")
                  .arg(table(), ownerColumn()));
    q.addBindValue(caseId);
    q.exec();
    QList<AttachmentInfo> list;
    while (q.next()) {
        list << AttachmentInfo{q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toLongLong(),
                               q.value(5).toString(),
                               SqlValues::toTimestamp(q.value(6))};
    }
    return list;
}

QByteArray AttachmentRepository::attachmentData(qint64 attachmentId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table()));
    q.addBindValue(attachmentId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool AttachmentRepository::removeAttachment(qint64 attachmentId, QString *error)
{
    GuardedWrite t(m_db, action(), error);
    if (!t.isOpen())
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.uuid, a.name, a.size, a.sha256, c.uuid FROM %1 a"
                             " JOIN %2 c ON c.id = a.%3 WHERE a.id = ?")
                  .arg(table(), ownerTable(), ownerColumn()));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next()) {
        *error = tr("The attachment no longer exists in the file.");
        return false;
    }
    const QString uuid = q.value(0).toString();
    const QVariantMap before{{QStringLiteral("name"), q.value(1)},
                             {QStringLiteral("size"), q.value(2)},
                             {QStringLiteral("sha256"), q.value(3)}};
    const QString caseUuid = q.value(4).toString();
    q.finish();
    QString sqlError;
    if (!RecordWriter(m_db).remove(table(), attachmentId, before, uuid, caseUuid, &sqlError) ||
        !t.commit()) {
        *error = tr("The attachment could not be removed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}
