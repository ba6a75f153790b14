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

// A case's evidence, kept inside the data file with its SHA-256. Adding and removing go to the
// change log (name, size and digest; never the content).
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    explicit AttachmentRepository(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    bool addAttachment(qint64 caseId, const QString &name, const QByteArray &data,
                       const QString &mime, AttachmentInfo *info, QString *error);
    QList<AttachmentInfo> attachments(qint64 caseId) const;
    QByteArray attachmentData(qint64 attachmentId) const;
    bool removeAttachment(qint64 attachmentId, QString *error);

    // What the log holds of an attachment: its name, size and digest.
    static QVariantMap logged(const QVariantMap &columns);

private:
    Database &m_db;
};
