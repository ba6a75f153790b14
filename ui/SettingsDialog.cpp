#include "SettingsDialog.h"

#include "domain/CaseNumber.h"
#include "store/Backup.h"
#include "store/CaseRepository.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(CaseRepository &repo, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Office settings"));
    auto *form = new QFormLayout;
    const struct
    {
        const char *key;
        const char *label;
        const char *hint;
    } fields[] = {
        {"office_name", QT_TR_NOOP("Office (letterhead):"),
         QT_TR_NOOP("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO")},
        {"office_address", QT_TR_NOOP("Address:"), QT_TR_NOOP("street, town, phone, e-mail")},
        {"office_city", QT_TR_NOOP("City on letters:"), QT_TR_NOOP("Sukoharjo")},
        {"office_logo", QT_TR_NOOP("Logo (image file):"), ""},
        {"office_code", QT_TR_NOOP("Office code in numbers:"), QT_TR_NOOP("33.11")},
        {"office_level", QT_TR_NOOP("Level in numbers:"), QT_TR_NOOP("Kab, Prov or RI")},
        {"receipt_pattern", QT_TR_NOOP("Receipt number pattern:"), ""},
        {"registration_pattern", QT_TR_NOOP("Registration number pattern:"), ""},
        {"idle_lock_minutes", QT_TR_NOOP("Lock after minutes without use (0: never):"), "10"},
    };
    for (const auto &f : fields) {
        const QString key = QLatin1String(f.key);
        auto *edit = new QLineEdit(m_repo.setting(key), this);
        edit->setObjectName(key);
        if (*f.hint)
            edit->setPlaceholderText(tr(f.hint));
        m_fields << qMakePair(key, edit);
        if (key == QLatin1String("office_logo")) {
            auto *row = new QHBoxLayout;
            auto *browse = new QPushButton(tr("Choose..."), this);
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString file = QFileDialog::getOpenFileName(
                    this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
            row->addWidget(edit, 1);
            row->addWidget(browse);
            form->addRow(tr(f.label), row);
        } else {
            form->addRow(tr(f.label), edit);
        }
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::preview);
    }
    m_backupKeep = new QSpinBox(this);
    m_backupKeep->setObjectName(QStringLiteral("backup_keep"));
    m_backupKeep->setRange(Backup::MinKeep, Backup::MaxKeep);
    int keep = Backup::DefaultKeep;
    Backup::parseKeep(m_repo.setting(QStringLiteral("backup_keep")), &keep);
    m_backupKeep->setValue(keep);
    m_backupKeep->setToolTip(
        tr("Netra makes a backup when it closes and once a day while it is open, in %1; the "
           "oldest beyond this number are deleted.")
            .arg(QDir::toNativeSeparators(Backup::defaultFolder(m_repo.database().path()))));
    form->addRow(tr("Backups kept:"), m_backupKeep);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("numberPreview"));
    m_preview->setWordWrap(true);
    form->addRow(m_preview);
    auto *help = new QLabel(tr("Pattern tokens: {seq} or {seq:3}, {kind}, {election}, {level}, "
                               "{office}, {month} (Roman), {mm}, {year}."),
                            this);
    help->setWordWrap(true);
    form->addRow(help);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    preview();
    resize(640, sizeHint().height());
}

void SettingsDialog::preview()
{
    QString value[2];
    for (const auto &f : std::as_const(m_fields)) {
        if (f.first == QLatin1String("receipt_pattern"))
            value[0] = f.second->text();
        if (f.first == QLatin1String("registration_pattern"))
            value[1] = f.second->text();
    }
    CaseNumber::Context ctx;
    ctx.sequence = 9;
    ctx.source = QStringLiteral("laporan");
    ctx.election = QStringLiteral("pilkada");
    ctx.date = QDate::currentDate();
    for (const auto &f : std::as_const(m_fields)) {
        if (f.first == QLatin1String("office_code"))
            ctx.office = f.second->text();
        if (f.first == QLatin1String("office_level"))
            ctx.level = f.second->text();
    }
    QStringList lines;
    bool ok = true;
    for (const QString &pattern : value) {
        const QString problem = CaseNumber::validate(pattern);
        ok &= problem.isEmpty();
        lines << (problem.isEmpty() ? CaseNumber::format(pattern, ctx) : problem);
    }
    m_preview->setText(tr("Example numbers: %1").arg(lines.join(QStringLiteral("  ·  "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SettingsDialog::accept()
{
    Transaction t(m_repo.database());
    for (const auto &f : std::as_const(m_fields)) {
        QString error;
        if (!m_repo.setSetting(f.first, f.second->text().trimmed(), &error)) {
            QMessageBox::warning(this, tr("Settings not saved"), error);
            return;
        }
    }
    QString error;
    if (!m_repo.setSetting(QStringLiteral("backup_keep"), QString::number(m_backupKeep->value()),
                           &error)) {
        QMessageBox::warning(this, tr("Settings not saved"), error);
        return;
    }
    if (!t.commit()) {
        QMessageBox::warning(this, tr("Settings not saved"), m_repo.database().lastError());
        return;
    }
    QDialog::accept();
}
