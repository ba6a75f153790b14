#pragma once

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

// Signing in to a data file. A file without users first gets its administrator; after wrong
// passwords the dialog counts down the wait the store imposes; an idle window is unlocked with
// the signed-in user's password. Accepted only once the store said yes.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        FirstStart, // create the administrator of a new file, then sign in
        SignIn,
        Unlock, // the signed-in user's password again, after the idle lock
    };

    LoginDialog(Database &db, Mode mode, const QString &login = QString(),
                QWidget *parent = nullptr);

private:
    void submit();
    void showError(const QString &error, int waitSeconds);
    void tick();

    Database &m_db;
    Mode m_mode;
    QLabel *m_intro;
    QLineEdit *m_login;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QTimer *m_wait;
    QString m_error;
    int m_waitLeft = 0;
};
