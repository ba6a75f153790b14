#pragma once

#include "domain/Access.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// One user's account: a new user (user name, name, role, password), a change of name, role or
// whether the account may sign in, or a new password.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Password };
    UserEditDialog(Database &db, Mode mode, const User &user = User(), QWidget *parent = nullptr);

private:
    void submit();

    Database &m_db;
    Mode m_mode;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message;
};

// The users of the data file, for its administrator: who may sign in, with which role.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    User selected() const;
    void edit(UserEditDialog::Mode mode);

    Database &m_db;
    QTableWidget *m_table;
    QLabel *m_roleHelp;
    QPushButton *m_edit;
    QPushButton *m_password;
    QList<User> m_users;
};
