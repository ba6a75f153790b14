#include "session/ConnectDialog.h"
#include "common/Colours.h"

#include "store/Database.h"
#include "store/ServerLocation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString SslMode = QStringLiteral("sslmode");
// libpq's own choice when sslmode is not given.
const QString DefaultSslMode = QStringLiteral("prefer");

} // namespace

const QStringList &ConnectDialog::sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

ConnectDialog::ConnectDialog(const QString &location, const QString &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a server - Netra"));
    m_intro = new QLabel(tr("The office's shared store on a PostgreSQL server. Ask the office's "
                            "administrator for these details. A password left empty is taken "
                            "from ~/.pgpass (PGPASSFILE) or a PGSERVICE entry; a password typed "
                            "here is never remembered."),
                         this);
    m_intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("name or address; a folder for a local socket"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("standard (5432)"));
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your login on this computer when empty"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    const QStringList labels = {
        tr("Off (disable)"),
        tr("Only when the server requires it (allow)"),
        tr("When the server offers it (prefer, the standard)"),
        tr("Always, certificate not checked (require)"),
        tr("Always, certificate from a trusted authority (verify-ca)"),
        tr("Always, certificate for this server name (verify-full)"),
    };
    for (int i = 0; i < sslModes().size(); ++i)
        m_sslMode->addItem(labels.at(i), sslModes().at(i));
    m_sslMode->setCurrentIndex(int(sslModes().indexOf(DefaultSslMode)));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_location->setToolTip(tr("The same as one address; an address pasted here fills the fields "
                              "above."));
    m_message = new QLabel(error, this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Colours::textStyle(Colours::Error));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(!error.isEmpty());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Secure &connection:"), m_sslMode);
    form->addRow(tr("&Address:"), m_location);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &ConnectDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_location, &QLineEdit::textEdited, this, &ConnectDialog::locationEdited);
    connect(m_location, &QLineEdit::editingFinished, this, &ConnectDialog::locationFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    ServerLocation l;
    QString ignored;
    if (!location.isEmpty() && ServerLocation::parse(location, &l, &ignored)) {
        showLocation(l);
        m_password->setText(l.password);
        (l.host.isEmpty() ? m_host : m_password)->setFocus();
    } else {
        m_host->setFocus();
    }
    if (m_host->text().isEmpty())
        m_location->clear(); // nothing typed yet: the example stays in sight
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

ConnectDialog::~ConnectDialog() = default;

ServerLocation ConnectDialog::fromFields() const
{
    ServerLocation l;
    l.host = m_host->text().trimmed();
    l.port = m_port->value() > 0 ? m_port->value() : -1;
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.options = m_otherOptions;
    const QString mode = m_sslMode->currentData().toString();
    if (mode != DefaultSslMode)
        l.options << SslMode + QLatin1Char('=') + mode;
    return l;
}

void ConnectDialog::showLocation(const ServerLocation &l)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_host->setText(l.host);
    m_port->setValue(l.port > 0 ? l.port : 0);
    m_database->setText(l.database);
    m_user->setText(l.user);
    m_otherOptions.clear();
    QString mode = DefaultSslMode;
    for (const QString &option : l.options) {
        if (option.section(QLatin1Char('='), 0, 0) == SslMode)
            mode = option.section(QLatin1Char('='), 1);
        else
            m_otherOptions << option;
    }
    const int index = int(sslModes().indexOf(mode));
    if (index >= 0)
        m_sslMode->setCurrentIndex(index);
    else // not one libpq knows: kept as written, the server says what is wrong
        m_otherOptions << SslMode + QLatin1Char('=') + mode;
    m_location->setText(shownLocation());
    if (!m_location->hasFocus())
        m_location->setCursorPosition(0); // the address from its beginning
}

void ConnectDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // The dialog grows to the lines of a long address and its reason, none cut off.
    if (isVisible())
        adjustSize();
}

QString ConnectDialog::shownLocation() const
{
    return fromFields().display();
}

QString ConnectDialog::location() const
{
    const QString shown = shownLocation();
    if (m_password->text().isEmpty())
        return shown;
    // As a parameter, which ServerLocation reads back whatever the host is (a socket folder
    // has no place for it in the address's user part); every character but letters, digits and
    // -._~ percent-encoded.
    return shown + (shown.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("password=") +
           QString::fromLatin1(QUrl::toPercentEncoding(m_password->text()));
}

void ConnectDialog::fieldsEdited()
{
    if (m_updating)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_location->setText(shownLocation());
    showMessage(QString());
}

void ConnectDialog::locationEdited()
{
    if (m_updating)
        return;
    ServerLocation l;
    QString error;
    if (!ServerLocation::parse(m_location->text().trimmed(), &l, &error))
        return; // still being typed: the fields wait
    const int cursor = m_location->cursorPosition();
    const QString typed = m_location->text();
    showLocation(l);
    if (!l.password.isEmpty())
        m_password->setText(l.password);
    // The address stays as typed while it is being typed.
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_location->setText(typed);
    m_location->setCursorPosition(cursor);
    showMessage(QString());
}

void ConnectDialog::locationFinished()
{
    const QString typed = m_location->text().trimmed();
    if (typed.isEmpty())
        return;
    ServerLocation l;
    QString error;
    if (!ServerLocation::parse(typed, &l, &error)) {
        showMessage(error);
        return;
    }
    // Shown as the fields make it: a password given in it goes to its field, out of sight.
    showLocation(l);
    if (!l.password.isEmpty())
        m_password->setText(l.password);
}

void ConnectDialog::submit()
{
    ServerLocation l;
    QString error;
    const QString where = location();
    if (!ServerLocation::parse(where, &l, &error)) {
        showMessage(error);
        return;
    }
    showMessage(tr("Connecting to %1...").arg(shownLocation()));
    m_buttons->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_db = Database::open(where, Database::Mode::OpenExisting, &error);
    QApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    if (!m_db) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    accept();
}

std::unique_ptr<Database> ConnectDialog::takeDatabase()
{
    return std::move(m_db);
}
