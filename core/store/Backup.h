#pragma once

#include "domain/Progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Backups of a data file: whole copies made with SQLite's VACUUM INTO, a consistent snapshot
// even while the file is being written, each under a timestamped name that sorts, in a folder
// beside the data file (`<dir>/<basename>-backups/<basename>-YYYYMMDD-HHMMSS-zzz.netra`, UTC).
// A backup is written under a temporary name, flushed and then renamed, so a backup under its
// final name is always whole. The oldest beyond the count kept (setting `backup_keep`) are
// deleted. Every function opens its own connection, so a backup can be made in any thread.
//
// A store on an office server (a postgresql:// URI in place of the data file) is backed up as a
// Netra data file made from one consistent snapshot of it (StoreCopy), under the same names in
// `<current folder>/<database>-backups` by default; it is restored only into an empty database.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int DefaultKeep = 10;
    static constexpr int MinKeep = 1;
    static constexpr int MaxKeep = 100;

    struct Entry
    {
        QString path;
        QDateTime time; // when it was made (UTC), from its name
        qint64 size = 0;
        qint64 cases = -1; // -1 when the backup cannot be read
    };

    struct Result
    {
        QString path;        // the backup made; empty when none was needed
        QStringList removed; // older backups deleted by the rotation
        int keep = 0;        // how many are kept
    };

    // `<dir>/<basename>-backups`.
    static QString defaultFolder(const QString &dataFile);
    // The backup_keep setting of the file, within MinKeep..MaxKeep (DefaultKeep when unset or
    // unreadable).
    static int keepSetting(const QString &dataFile);
    // Whether `text` is an acceptable count of backups kept.
    static bool parseKeep(const QString &text, int *keep);

    // Makes a backup of `dataFile` into `folder` (the default folder when empty), then deletes
    // the oldest beyond `keep` (the file's setting when 0). False with the reason in the user's
    // language; a failed backup leaves no file behind and deletes nothing. `progress` (a data
    // file's backup) gets the bytes copied of the file's used pages while the copy runs; false
    // cancels it: no file is left and nothing deleted, the error says it was cancelled.
    static bool make(const QString &dataFile, const QString &folder, int keep, Result *result,
                     QString *error, const Progress &progress = {});
    // Deletes the oldest backups of `dataFile` in `folder` beyond `keep`; returns what it
    // deleted. Only files under Netra's name for a backup of that data file are ever touched,
    // never a link. Who may ask for a backup is checked by the caller (Action::MakeBackup); the
    // desktop's automatic backups into the default folder are made whoever is signed in.
    static QStringList rotate(const QString &dataFile, const QString &folder, int keep);
    // The backups of `dataFile` in `folder`, newest first; with `count`, each one's number of
    // cases read through a read-only connection.
    static QList<Entry> list(const QString &dataFile, const QString &folder = QString(),
                             bool count = true);
    // The time of the newest backup in `folder`; invalid when there is none.
    static QDateTime newest(const QString &dataFile, const QString &folder = QString());
    // Whether a backup is due: none made in the last `hours`.
    static bool isDue(const QString &dataFile, const QString &folder = QString(), int hours = 24);
    // Whether the newest backup in `folder` holds the file as it is: nothing was committed to
    // the file since the data it holds. Told by the stamp a data file carries of its content
    // (Database::writeStampKey: written anew with every write through Netra but the record of
    // a sign-in), which the backup copies with the data: the same stamp in both. A random value,
    // so that a backup of another file never matches; false when either has none (in doubt, a
    // backup is made). Two small reads, whatever the size of the file.
    static bool isCurrent(const QString &dataFile, const QString &folder = QString());

    // Checks that `backup` is a sound Netra file that this program can open; empty when it is.
    static QString inspect(const QString &backup);
    // Puts `backup` in the place of `dataFile`. The backup is checked first and a bad one is
    // refused, leaving everything as it was. The current file (if any) is checkpointed and kept
    // as `<dir>/<basename>.before-restore-<stamp>.netra` (`keptAs`); the backup is copied to a
    // temporary file beside it, flushed and renamed over it. Every connection to `dataFile`
    // must be closed first: a file still open elsewhere is refused.
    static bool restore(const QString &dataFile, const QString &backup, QString *keptAs,
                        QString *error);
};
