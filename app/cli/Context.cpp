#include "cli/Context.h"

#include "exchange/Package.h"
#include "store/ServerAccounts.h"
#include "store/ServerLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

Context::Context() : interactive(isatty(STDIN_FILENO)), m_out(stdout), m_err(stderr) {}

Context::Context(QIODevice *out, QIODevice *err) : m_out(out), m_err(err) {}

Context::~Context() = default;

void Context::printErr(const QString &text)
{
    m_err << text << Qt::endl;
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

bool Context::readPassword(const char *variable, const QString &prompt, QString *password)
{
    const QString name = QLatin1String(variable);
    if (environment.contains(name)) {
        *password = environment.value(name);
        return true;
    }
    if (!interactive) {
        printErr(Cli::tr("No password: set %1 or run netra-cli in a terminal.").arg(name));
        return false;
    }
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    printErr(QString());
    *password = QString::fromStdString(line);
    return true;
}

bool Context::readNewPassword(const char *variable, const QString &prompt, const QString &again,
                              QString *password)
{
    if (!readPassword(variable, prompt, password))
        return false;
    if (environment.contains(QLatin1String(variable)))
        return true;
    QString repeated;
    if (!readPassword(variable, again, &repeated))
        return false;
    if (repeated != *password) {
        printErr(Cli::tr("The two passwords differ."));
        return false;
    }
    return true;
}

QString Context::noUsersMessage(const QString &path)
{
    return Cli::tr("%1 has no users yet. Create its administrator first: netra-cli users %1 "
                   "--add LOGIN --name \"FULL NAME\" --role administrator")
        .arg(path);
}

QString Context::notEncryptedNote(const QString &path)
{
    return Cli::tr("The confidential identities of %1 are not yet encrypted: they are at the "
                   "first sign-in of an administrator or coordinator in netra, or with netra-cli "
                   "keys %1 --convert.")
        .arg(path);
}

bool Context::signIn(Database &db, UserRepository::Record record)
{
    UserRepository users(db);
    if (!users.hasUsers()) {
        printErr(noUsersMessage(db.path()));
        return false;
    }
    const QString who = login.isEmpty() ? environment.value(QStringLiteral("NETRA_USER")) : login;
    if (who.isEmpty()) {
        printErr(Cli::tr("Sign in with --user LOGIN (or NETRA_USER); the password is read from "
                         "NETRA_PASSWORD or asked for."));
        return false;
    }
    QString password = m_password;
    if (password.isNull() &&
        !readPassword("NETRA_PASSWORD", Cli::tr("Password for %1: ").arg(who), &password))
        return false;
    QString error;
    // Written with the command's first change: a command that changes nothing (one that only
    // reads, a refused import) leaves the file's bytes as they were.
    if (!users.login(who, password, &error, nullptr, record)) {
        printErr(error);
        return false;
    }
    return true;
}

Database *Context::open(const QString &path, Database::Mode mode, SignIn how, QString *error)
{
    m_db.reset();
    m_password = QString();
    QString why;
    m_db = Database::open(asSignedIn(path, how), mode, &why);
    if (!m_db) {
        if (error)
            *error = why;
        else
            printErr(why);
        return nullptr;
    }
    if (how == SignIn::Never)
        m_db->setActor(m_db->actor() + QStringLiteral(" (netra-cli)"));
    else if (how == SignIn::Now && !signIn(*m_db))
        m_db.reset();
    return m_db.get();
}

QString Context::asSignedIn(const QString &path, SignIn how)
{
    ServerLocation where;
    QString ignored;
    const QString who = login.isEmpty() ? environment.value(QStringLiteral("NETRA_USER")) : login;
    if (how == SignIn::Never || who.isEmpty() || !Database::isServerLocation(path) ||
        !ServerLocation::parse(path, &where, &ignored) || !where.user.isEmpty())
        return path;
    // A server address that names no account: the user's own database role, with the password
    // they sign in with (ServerAccounts), asked for once.
    QString password;
    if (!readPassword("NETRA_PASSWORD", Cli::tr("Password for %1: ").arg(who), &password))
        return path;
    m_password = password;
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("user=") + encoded(ServerAccounts::roleName(who)) +
           QStringLiteral("&password=") + encoded(password);
}

bool Context::readPackage(const QString &path, Package::Content *content)
{
    // Only a regular file, read up to the limit and no further (never /dev/zero or a pipe).
    QString reason;
    if (!Package::load(path, content, &reason)) {
        printErr(Cli::tr("The package %1 was refused: %2").arg(path, reason));
        return false;
    }
    return true;
}
