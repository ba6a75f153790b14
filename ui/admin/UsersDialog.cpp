#include "admin/UsersDialog.h"
#include "common/Colours.h"
#include "common/Guide.h"
#include "common/RegencyCombo.h"
#include "domain/DateFormat.h"

#include "domain/Scope.h"

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UserEditDialog::UserEditDialog(Database &db, Mode mode, const User &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_user(user)
{
    setObjectName(QStringLiteral("userEditDialog"));
    auto *form = new QFormLayout;
    if (mode != Mode::Password) {
        m_login = new QLineEdit(user.login, this);
        m_login->setObjectName(QStringLiteral("loginEdit"));
        m_login->setReadOnly(mode == Mode::Edit);
        m_fullName = new QLineEdit(user.fullName, this);
        m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (Role r : Access::roles()) {
            m_role->addItem(Access::roleName(r), int(r));
            m_role->setItemData(m_role->count() - 1, Access::roleDescription(r), Qt::ToolTipRole);
        }
        m_role->setCurrentIndex(m_role->findData(int(user.role)));
        m_active = new QCheckBox(tr("May sign in"), this);
        m_active->setObjectName(QStringLiteral("activeCheck"));
        m_active->setChecked(user.active);
        form->addRow(tr("&User name:"), m_login);
        form->addRow(tr("&Full name:"), m_fullName);
        form->addRow(tr("&Role:"), m_role);
        // On a server of many offices: which offices' cases the user works on.
        if (db.isServer()) {
            m_scope = new QComboBox(this);
            m_scope->setObjectName(QStringLiteral("scopeCombo"));
            fillScopes(m_scope, db.user() ? db.user()->scope : QString(),
                       mode == Mode::Add && db.user() ? db.user()->scope : user.scope);
            m_scope->setToolTip(
                tr("A user of one regency sees and changes that office's cases; a user of a "
                   "province or of the whole country reads the cases of its offices. A user "
                   "with a scope signs in to the server with an account of their own."));
            // A scope is given when the user is added; it can be changed, not added or removed.
            if (mode == Mode::Edit && user.scope.isEmpty())
                m_scope->setEnabled(false);
            form->addRow(tr("&Scope:"), m_scope);
        }
        form->addRow(QString(), m_active);
    }
    if (mode != Mode::Edit) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(mode == Mode::Add ? tr("&Password:") : tr("&New password:"), m_password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
        // Someone else's password set anew gives them a new key (KeyStore::makeUserKeys).
        if (mode == Mode::Password && (!db.user() || db.user()->id != user.id)) {
            auto *note = new QLabel(
                tr("%1 gets a new key with this password: confidential identities in drafts "
                   "%1 was typing are lost, and a coordinator's key to the confidential "
                   "identities is given again when another coordinator who holds it signs in "
                   "(or with the recovery key).")
                    .arg(user.fullName),
                this);
            note->setObjectName(QStringLiteral("newKeyNote"));
            note->setWordWrap(true);
            form->addRow(note);
        }
    }
    setWindowTitle(mode == Mode::Add    ? tr("New user")
                   : mode == Mode::Edit ? tr("User %1").arg(user.login)
                                        : tr("New password for %1").arg(user.fullName));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Colours::textStyle(Colours::Error));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void UserEditDialog::submit()
{
    if (m_password && m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    if (m_role) {
        m_user.login = m_login->text();
        m_user.fullName = m_fullName->text();
        m_user.role = Role(m_role->currentData().toInt());
        m_user.active = m_active->isChecked();
    }
    if (m_scope && m_scope->isEnabled())
        m_user.scope = m_scope->currentData().toString();
    UserRepository users(m_db);
    QString error;
    const bool ok = m_mode == Mode::Add ? users.create(m_user, m_password->text(), &error)
                    : m_mode == Mode::Edit
                        ? users.update(m_user, &error)
                        : users.setPassword(m_user.id, m_password->text(), &error);
    if (ok)
        accept();
    else
        m_message->setText(error);
}

UsersDialog::UsersDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("usersDialog"));
    Guide::install(this, QStringLiteral("users"));
    setWindowTitle(tr("Users"));
    QStringList headers{tr("User name"), tr("Full name"), tr("Role"), tr("May sign in"),
                        tr("Last sign-in")};
    if (db.isServer())
        headers.insert(3, tr("Scope"));
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_roleHelp = new QLabel(this);
    m_roleHelp->setWordWrap(true);
    QStringList help;
    for (Role r : Access::roles())
        help
            << QStringLiteral("<b>%1</b>: %2").arg(Access::roleName(r), Access::roleDescription(r));
    m_roleHelp->setText(help.join(QLatin1String("<br>")));

    auto *add = new QPushButton(tr("&Add..."), this);
    add->setObjectName(QStringLiteral("addUser"));
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_edit->setObjectName(QStringLiteral("editUser"));
    m_password = new QPushButton(tr("New &password..."), this);
    m_password->setObjectName(QStringLiteral("resetPassword"));
    connect(add, &QPushButton::clicked, this, [this] { edit(UserEditDialog::Mode::Add); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(UserEditDialog::Mode::Edit); });
    connect(m_password, &QPushButton::clicked, this,
            [this] { edit(UserEditDialog::Mode::Password); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selected().id > 0);
        m_password->setEnabled(selected().id > 0);
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, this,
            [this] { edit(UserEditDialog::Mode::Edit); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_password);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_roleHelp);
    layout->addWidget(close);
    resize(720, 460);
    reload();
}

void UsersDialog::reload()
{
    m_users = UserRepository(m_db).users();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        QStringList cells{u.login, u.fullName, Access::roleName(u.role),
                          u.active ? tr("Yes") : tr("No"),
                          u.lastLogin.isValid() ? QLocale().toString(u.lastLogin.toLocalTime(),
                                                                     shortMonthDateTimeFormat())
                                                : tr("Never")};
        if (m_db.isServer())
            cells.insert(3, Scope::displayName(u.scope));
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(false);
    m_password->setEnabled(false);
}

User UsersDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_users.size() && m_table->selectionModel()->hasSelection()
               ? m_users.at(row)
               : User();
}

void UsersDialog::edit(UserEditDialog::Mode mode)
{
    const User user = mode == UserEditDialog::Mode::Add ? User() : selected();
    if (mode != UserEditDialog::Mode::Add && user.id == 0)
        return;
    UserEditDialog dialog(m_db, mode, user, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
