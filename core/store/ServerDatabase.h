#pragma once

#include <QCoreApplication>
#include <QString>

// An office server's database before Netra's store is set up in it (netra-cli init URI): whether
// it exists, made when it does not through the server's maintenance database `postgres` as the
// same account (which needs CREATEDB), removed again when setting it up then failed, and whether
// the server has the extensions Netra's schema needs (unaccent and citext, from the Debian
// package postgresql-contrib).
class ServerDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)

public:
    enum class State {
        Exists,  // the database exists (what it holds, Database::open says)
        Missing, // the server has no database of that name
        Unknown, // the server could not be asked: opening it says why
        Refused, // the server cannot hold Netra's store (`problem` says why)
    };
    // What the server says of the database `uri` names.
    static State probe(const QString &uri, QString *problem);
    // Creates the missing database, owned by the URI's account: UTF-8, with the C.UTF-8 locale,
    // so that text compares and sorts by code point as in a data file. False with `error` in
    // the user's language (an account without CREATEDB is told who can make it and how).
    static bool create(const QString &uri, QString *error);
    // Removes a database create() made, when setting it up failed; nobody may have it open.
    static bool drop(const QString &uri, QString *error);
    // The statement create() runs, for the database `name` (quoted as an identifier).
    static QString createStatement(const QString &name);
};
