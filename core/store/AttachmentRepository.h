#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>

// Attachment metadata; the content is read on demand.
struct AttachmentInfo
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
};

// Whose files they are: a case's evidence (table attachments), or a prevention activity's
// attendance lists and photos (table activity_attachments, the same columns with activity_id), or
// a supervision lead's evidence (table lead_attachments, with lead_id).
enum class AttachmentOwner { Case, Activity, Lead };

// A case's evidence, or a prevention activity's files, kept inside the data file with their
// SHA-256. Adding and removing go to the change log under the case's (the activity's) uuid
// (name, size and digest; never the content).
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    explicit AttachmentRepository(Database &db, AttachmentOwner owner = AttachmentOwner::Case)
        : m_db(db), m_owner(owner)
    {
    }
    Database &database() const { return m_db; }
    AttachmentOwner owner() const { return m_owner; }
    // The action that adds and removes these files (EditCases, EditActivities or EditLeads).
    Action action() const;

    // `caseId`: the id of the owner (a case, or an activity).
    bool addAttachment(qint64 caseId, const QString &name, const QByteArray &data,
                       const QString &mime, AttachmentInfo *info, QString *error);
    QList<AttachmentInfo> attachments(qint64 caseId) const;
    QByteArray attachmentData(qint64 attachmentId) const;
    bool removeAttachment(qint64 attachmentId, QString *error);

    // What the log holds of an attachment: its name, size and digest.
    static QVariantMap logged(const QVariantMap &columns);

private:
    QString table() const;
    QString ownerColumn() const;
    QString ownerTable() const;
    Database &m_db;
    AttachmentOwner m_owner;
};
