#pragma once

#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;
class QSqlError;

// What was typed while an office server was out of reach, kept on this computer until the server
// takes it: a case's draft (DraftRepository), or a person heard's minutes or identity block
// (MinutesWindow), whose write failed because the connection was lost. A small SQLite file of the
// user's (AppLocalDataLocation/spool/, named from the server's address without its password and the
// login, readable by the user alone), written with full synchronous commits at the cadence of
// the store's own writes, so that closing Netra, or a killed program or a power cut, loses
// nothing of it. A draft is kept as the store would hold it: a confidential reporter typed is
// sealed to the user's key, never in clear (a value that cannot be sealed is left out); an
// identity block is sealed to the user's key whole, field by field.
// writeBack() puts everything into the store again once it answers (a reconnect, the next
// sign-in of the same user to the same server) and removes each entry only after its write
// committed. There is no spool for a data file, which is on this computer already.
class LocalSpool
{
    Q_DECLARE_TR_FUNCTIONS(LocalSpool)

public:
    // The spool of the signed-in user of a server store; none (path() empty) for a data file or
    // with nobody signed in.
    explicit LocalSpool(Database &db);

    // The file; empty when there is no spool here.
    QString path() const { return m_path; }
    static QString pathFor(const QString &location, const QString &login);
    // Whether the spool holds anything (a cheap look at the disk: no file, nothing held).
    bool isEmpty() const;
    // The entries held.
    int count() const;

    // Whether a write to the store just failed because the server is out of reach (the
    // connection broken or closed), rather than refused: what is then kept here.
    static bool serverAway(Database &db);

    // A draft as DraftRepository stores it (`stored` empty: the draft was removed), under the
    // key as the caller names it.
    bool keepDraft(const QString &key, const QString &stored);
    // Forgets a draft (the store took it).
    void dropDraft(const QString &key);
    // A person heard's questions and answers, with the digest (minutesDigest) of the minutes as
    // the store held them when they were last read or written here: written back only over
    // those.
    bool keepMinutes(qint64 attendeeId, const QString &attendeeUuid,
                     const QList<MinutesEntry> &entries, const QString &base);
    void dropMinutes(qint64 attendeeId);
    static QString minutesDigest(const QList<MinutesEntry> &entries);
    // A person heard's identity block as typed (`typed`: the attendee's id and uuid with the
    // fields as shown), with the digest (identityDigest) of the block as last read or written
    // here: written back only over that.
    bool keepIdentity(const Attendee &typed, const QString &base);
    void dropIdentity(qint64 attendeeId);
    static QString identityDigest(const Attendee &a);

    // What writeBack() did.
    struct Result
    {
        int drafts = 0;        // case drafts put back (offered by the windows' recovery)
        int minutes = 0;       // minutes written
        int identities = 0;    // identity blocks of minutes written
        QStringList conflicts; // persons heard whose minutes changed meanwhile: kept as drafts
        int left = 0;          // entries the store refused: still kept here
        QString error;         // why, when some were refused
        // One line for the user; empty when nothing was held.
        QString summary() const;
    };
    // Writes every entry into the store; each is removed here once its write committed. Minutes
    // or an identity block changed by someone else meanwhile (or signed, or held by another
    // computer) are not written over: they are kept as the user's draft "minutes:<attendee
    // uuid>" (keys "minutes" and "identity") and named in `conflicts`.
    Result writeBack(Database &db);

    // The draft key of minutes kept aside by writeBack().
    static QString minutesDraftKey(const QString &attendeeUuid);
    // Minutes as kept (JSON), and back.
    static QString minutesJson(const QList<MinutesEntry> &entries);
    static QList<MinutesEntry> minutesFromJson(const QString &json);
    // The identity block kept aside in such a draft, opened for the signed-in user: every field
    // (in the store's names, as "birth_place") in the order of the block, with its value where
    // it differs from `stored` and empty where it does not; none when nothing was kept.
    static QList<QPair<QString, QString>> identityAside(Database &db, const QString &draft,
                                                        const Attendee &stored);

private:
    struct Entry
    {
        QString kind, key, content, base;
        QDateTime savedAt;
    };
    // A person heard's minutes or identity block written over the stored ones, or set aside.
    bool writeBackAttendee(Database &db, const Entry &e, Result &result);
    bool keep(const QString &kind, const QString &key, const QString &content, const QString &base);
    void drop(const QString &kind, const QString &key);

    Database *m_db;
    QString m_path;
};
