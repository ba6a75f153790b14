#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>

class Database;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
struct ServerLocation;

// File > Connect to a server: the office's shared store on a PostgreSQL server. The server,
// port, database, database account, password and secure connection (libpq's sslmode) as fields,
// and the same as one address (postgresql://user@host:5432/database?sslmode=…) that can be
// pasted; each follows the other. A password left empty is libpq's to find (PGPASSFILE,
// ~/.pgpass, a PGSERVICE entry); a password typed here is held in memory only, never in the
// address shown or remembered. Accepted once the server said yes: takeDatabase() has it open.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `location`: the address to start from (the last server, one that failed); `error`: why it
    // failed, shown under the fields.
    explicit ConnectDialog(const QString &location = QString(), const QString &error = QString(),
                           QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The address the fields make, without the password: what is shown and remembered.
    QString shownLocation() const;
    // The address to connect to: with the password typed, for opening only.
    QString location() const;
    // The store opened by Connect.
    std::unique_ptr<Database> takeDatabase();

    // libpq's sslmode values, in the order of the secure connection field.
    static const QStringList &sslModes();

private:
    void fieldsEdited();
    void locationEdited();
    void locationFinished();
    void showLocation(const ServerLocation &l);
    ServerLocation fromFields() const;
    void submit();
    void showMessage(const QString &text);

    QLabel *m_intro;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_location;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QStringList m_otherOptions; // libpq's parameters the fields do not show, kept as given
    bool m_updating = false;
    std::unique_ptr<Database> m_db;
};
