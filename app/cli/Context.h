#pragma once

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QTextStream>
#include <memory>

namespace Package {
struct Content;
}

// The translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// netra-cli's exit codes (docs/cli.md).
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// What a command runs with, instead of globals: the streams it prints to, who signs in and the
// environment the passwords come from, the language of its messages, and the data file it opened.
// main() makes one over standard output and error; a test makes one over buffers and runs
// commands in its own process.
class Context
{
public:
    // Over standard output and error, the process's environment and terminal.
    Context();
    // Over the devices given (open for writing), with the process's environment and no terminal.
    Context(QIODevice *out, QIODevice *err);
    ~Context();

    // Who signs in: --user LOGIN, taken from any command's arguments, else NETRA_USER.
    QString login;
    // Where NETRA_USER, NETRA_PASSWORD and NETRA_NEW_PASSWORD are read.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Whether a password may be asked for at the terminal (standard input is one).
    bool interactive = false;
    // "id" or "en" (Translator::pick); main() installs it.
    QString language = QStringLiteral("id");

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // A message on standard error, with a line end.
    void printErr(const QString &text);
    // A JSON object or array on standard output, indented.
    void printJson(const QJsonValue &value);

    // How a command's data file is opened: signed in at once; opened only (the command signs in
    // after its own checks, or not at all); or a file being made or restored, whose changes are
    // by "netra-cli".
    enum class SignIn { Now, Later, Never };
    // Opens the data file (closing one open before); null after printing why, or with the reason
    // in `error` when one is given.
    Database *open(const QString &path, Database::Mode mode, SignIn how = SignIn::Now,
                   QString *error = nullptr);
    // The data file opened, if any; closed with the context or by close().
    Database *database() const { return m_db.get(); }
    void close() { m_db.reset(); }

    // Signs in with the same accounts, slow-down and roles as the desktop application. By
    // default the sign-in is written with the command's first change; `keys` writes it at once,
    // with the upkeep of the user's keys (KeyStore::signedIn).
    bool signIn(Database &db,
                UserRepository::Record record = UserRepository::Record::WithFirstChange);
    // A password from the environment variable, else typed at the terminal without echo.
    bool readPassword(const char *variable, const QString &prompt, QString *password);
    // A password typed twice at the terminal (unless it comes from the environment variable).
    bool readNewPassword(const char *variable, const QString &prompt, const QString &again,
                         QString *password);
    // Reads a package file with its size bounded; false after printing why.
    bool readPackage(const QString &path, Package::Content *content);

    // On a server address that names no database account, the address with the signing-in
    // user's own (ServerAccounts): who signs in connects as themself, and the server checks the
    // password before Netra does. Any other address as it is.
    QString asSignedIn(const QString &path, SignIn how);

    static QString noUsersMessage(const QString &path);
    static QString notEncryptedNote(const QString &path);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    // The password given when connecting as the user's own database role, for the sign-in.
    QString m_password;
};
