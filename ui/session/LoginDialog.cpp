#include "session/LoginDialog.h"
#include "common/Colours.h"

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Database &db, Mode mode, const QString &login, QWidget *parent)
    : QDialog(parent), m_db(db), m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    // A file by its name, an office server by its address (never with a password).
    const QString file = db.isServer() ? db.path() : QFileInfo(db.path()).fileName();
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Colours::textStyle(Colours::Error));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_wait = new QTimer(this);
    m_wait->setInterval(1000);
    connect(m_wait, &QTimer::timeout, this, &LoginDialog::tick);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    switch (mode) {
    case Mode::FirstStart:
        setWindowTitle(tr("New data file: its administrator"));
        m_intro->setText(tr("%1 has no users yet. Create its administrator, who adds the other "
                            "users and chooses their roles.")
                             .arg(file));
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Full name:"), m_fullName);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
        break;
    case Mode::SignIn:
        setWindowTitle(tr("Sign in - Netra"));
        m_intro->setText(tr("Sign in to %1.").arg(file));
        form->addRow(tr("&Password:"), m_password);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Locked - Netra"));
        m_intro->setText(tr("Netra was locked after a time without use. Enter your password to "
                            "go on where you left off, or close the file."));
        m_login->setReadOnly(true);
        form->addRow(tr("&Password:"), m_password);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close the file"));
        break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    if (mode != Mode::FirstStart && !login.isEmpty())
        m_password->setFocus();
}

void LoginDialog::submit()
{
    UserRepository users(m_db);
    QString error;
    int wait = 0;
    bool ok = false;
    if (m_mode == Mode::FirstStart) {
        if (m_password->text() != m_repeat->text()) {
            showError(tr("The two passwords differ."), 0);
            return;
        }
        User admin;
        admin.login = m_login->text();
        admin.fullName = m_fullName->text();
        admin.role = Role::Administrator;
        ok = users.create(admin, m_password->text(), &error) &&
             users.login(admin.login, m_password->text(), &error);
    } else if (m_mode == Mode::SignIn) {
        ok = users.login(m_login->text(), m_password->text(), &error, &wait);
    } else {
        ok = users.verify(m_login->text(), m_password->text(), &error, &wait);
    }
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    if (ok)
        accept();
    else
        showError(error, wait);
}

void LoginDialog::showError(const QString &error, int waitSeconds)
{
    m_error = error;
    m_message->setText(error);
    m_waitLeft = waitSeconds;
    if (waitSeconds > 0) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_wait->start();
    }
}

void LoginDialog::tick()
{
    if (--m_waitLeft > 0) {
        m_message->setText(m_error + QLatin1Char('\n') +
                           tr("You can try again in %n second(s).", nullptr, m_waitLeft));
        return;
    }
    m_wait->stop();
    m_message->setText(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}
