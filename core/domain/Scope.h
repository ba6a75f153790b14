#pragma once

#include <QCoreApplication>
#include <QString>

// Which offices' cases a user of an integrated server works on (README "Many offices on one
// server"): one regency ("3311", an office), one province ("33", its regencies), or "national"
// (all). The empty scope is a user of one office's own store (a file, or an office server with
// its one shared account): everything the role allows, as before scopes. The server enforces a
// scope itself with row-level security (ServerAccounts); the program follows the same rules.
class Scope
{
    Q_DECLARE_TR_FUNCTIONS(Scope)

public:
    static QString national() { return QStringLiteral("national"); }

    // "3311", "33.11", "33", "national" (any case) to the stored key; false with `error` in the
    // user's language when it is no region of the shipped list.
    static bool parse(const QString &text, QString *scope, QString *error);
    // Whether the scope reaches the regency's cases.
    static bool coversRegency(const QString &scope, const QString &regencyCode);
    // Whether an administrator of `outer` may manage a user of `inner`: the same region or one
    // inside it. The empty (unscoped) scope covers every scope.
    static bool covers(const QString &outer, const QString &inner);
    // A province or the nation: their users read their offices' cases; the cases are the
    // offices' to change.
    static bool isWide(const QString &scope) { return !scope.isEmpty() && scope.size() != 4; }
    // "Kabupaten Sukoharjo", "Jawa Tengah", "the whole country" in the user's language; "" for
    // none.
    static QString displayName(const QString &scope);
};
