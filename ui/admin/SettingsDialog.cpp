#include "admin/SettingsDialog.h"

#include "common/FileDialogs.h"
#include "common/Guide.h"
#include "documents/PrintedDocument.h"
#include "domain/CaseNumber.h"
#include "domain/Codes.h"
#include "domain/OfficeTime.h"
#include "store/Backup.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace {

QFormLayout *addPage(QTabWidget *tabs, const QString &title)
{
    auto *page = new QWidget(tabs);
    auto *form = new QFormLayout(page);
    tabs->addTab(page, title);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(SettingsRepository &repo, QWidget *parent)
    : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("settingsDialog"));
    Guide::install(this, QStringLiteral("settings"));
    setWindowTitle(tr("Office settings"));
    auto *tabs = new QTabWidget(this);
    buildOfficeTab(addPage(tabs, tr("Office")));
    buildNumbersTab(addPage(tabs, tr("Numbers")));
    buildSignatoriesTab(addPage(tabs, tr("Signatories")));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    preview();
    resize(680, sizeHint().height());
}

void SettingsDialog::addFields(QFormLayout *form, std::initializer_list<Field> fields)
{
    for (const Field &f : fields) {
        const QString key = QLatin1String(f.key);
        auto *edit = new QLineEdit(m_repo.setting(key), this);
        edit->setCursorPosition(0); // a long name shown from its start, not its end
        edit->setObjectName(key);
        if (*f.hint)
            edit->setPlaceholderText(tr(f.hint));
        m_fields << qMakePair(key, edit);
        form->addRow(tr(f.label), edit);
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::preview);
    }
}

// The office and its letterhead, the time zone, the idle lock and the backups kept.
void SettingsDialog::buildOfficeTab(QFormLayout *office)
{
    addFields(office, {{"office_name", QT_TR_NOOP("Office (letterhead):"),
                        QT_TR_NOOP("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO")},
                       {"office_address", QT_TR_NOOP("Address:"), QT_TR_NOOP("street, town")},
                       {"office_phone", QT_TR_NOOP("Telephone:"), ""},
                       {"office_email", QT_TR_NOOP("E-mail:"), ""},
                       {"office_website", QT_TR_NOOP("Website:"), ""},
                       {"office_city", QT_TR_NOOP("City on letters:"), QT_TR_NOOP("Sukoharjo")}});
    office->addRow(tr("Logo (kept in the data file):"), buildLogoRow());
    auto *zone = new QComboBox(this);
    zone->setObjectName(QStringLiteral("office_timezone"));
    zone->addItem(tr("Same as the province"), QString());
    for (const QString &z : OfficeTime::zones())
        zone->addItem(z, z);
    zone->setCurrentIndex(
        qMax(0, zone->findData(m_repo.setting(QStringLiteral("office_timezone")).toUpper())));
    zone->setToolTip(tr("Every time printed (invitations, minutes) is in this zone, whatever the "
                        "computer's own"));
    m_choices << qMakePair(QStringLiteral("office_timezone"), zone);
    office->addRow(tr("Time zone:"), zone);
    // Minutes, 0 for never (SettingsRepository::idleLockMinutes).
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idle_lock_minutes"));
    m_idleLock->setRange(0, SettingsRepository::MaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(m_repo.idleLockMinutes());
    office->addRow(tr("Lock when idle for:"), m_idleLock);
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
    office->addRow(tr("Backups kept:"), m_backupKeep);
}

// The logo, kept in the data file: shown, chosen from an image file or removed.
QLayout *SettingsDialog::buildLogoRow()
{
    m_logo = m_repo.setting(QStringLiteral("office_logo"));
    m_logoView = new QLabel(this);
    m_logoView->setObjectName(QStringLiteral("office_logo"));
    m_logoView->setMinimumSize(64, 64);
    auto *choose = new QPushButton(tr("Choose..."), this);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Logo"), QString(),
                                                   tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty() && !setLogoFile(file))
            QMessageBox::warning(
                this, tr("Logo"),
                tr("%1 is not an image Netra can read.").arg(QDir::toNativeSeparators(file)));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoView);
    logoRow->addWidget(choose);
    logoRow->addWidget(remove);
    logoRow->addStretch();
    showLogo();
    return logoRow;
}

// The patterns of case and letter numbers, with an example of each.
void SettingsDialog::buildNumbersTab(QFormLayout *numbers)
{
    addFields(numbers,
              {{"office_code", QT_TR_NOOP("Office code in numbers:"), QT_TR_NOOP("33.11")},
               {"office_level", QT_TR_NOOP("Level in numbers:"), QT_TR_NOOP("Kab, Prov or RI")},
               {"receipt_pattern", QT_TR_NOOP("Receipt number pattern:"), ""},
               {"registration_pattern", QT_TR_NOOP("Registration number pattern:"), ""},
               {"letter_pattern", QT_TR_NOOP("Letter number pattern:"),
                QT_TR_NOOP("{seq:3}/PP.01.02/K.JT-11/{month}/{year}")}});
    for (const auto &f : std::as_const(m_fields)) {
        if (f.first == QLatin1String("letter_pattern") && f.second->text().isEmpty())
            f.second->setText(LetterBook::DefaultPattern);
    }
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("numberPreview"));
    m_preview->setWordWrap(true);
    numbers->addRow(m_preview);
    m_letterPreview = new QLabel(this);
    m_letterPreview->setObjectName(QStringLiteral("letterPreview"));
    m_letterPreview->setWordWrap(true);
    numbers->addRow(m_letterPreview);
    auto *help = new QLabel(tr("Pattern tokens: {seq} or {seq:3}, {kind}, {election}, {level}, "
                               "{office}, {month} (Roman), {mm}, {year}. Letters have their own "
                               "sequence each year and take their number when issued."),
                            this);
    help->setWordWrap(true);
    numbers->addRow(help);
}

// The office's signatories and who signs each kind of letter.
void SettingsDialog::buildSignatoriesTab(QFormLayout *signers)
{
    addFields(
        signers,
        {{"signatory_chair", QT_TR_NOOP("Chair (Ketua):"), ""},
         {"signatory_chair_nip", QT_TR_NOOP("Chair's NIP (if any):"), ""},
         {"signatory_coordinator", QT_TR_NOOP("Coordinator of the division for violations:"), ""},
         {"signatory_coordinator_nip", QT_TR_NOOP("Coordinator's NIP (if any):"), ""}});
    m_members = new QPlainTextEdit(m_repo.setting(QStringLiteral("signatory_members")), this);
    m_members->setObjectName(QStringLiteral("signatory_members"));
    m_members->setPlaceholderText(tr("One member a line; a NIP after a semicolon"));
    m_members->setFixedHeight(m_members->fontMetrics().lineSpacing() * 5);
    signers->addRow(tr("Members:"), m_members);
    const struct
    {
        const char *code;
        const char *label;
    } letters[] = {
        {"invitation", QT_TR_NOOP("Invitation signed by:")},
        {"invitation2", QT_TR_NOOP("Second invitation signed by:")},
        {"status_notice", QT_TR_NOOP("Status notice signed by:")},
        {"forwarding", QT_TR_NOOP("Forwarding letter signed by:")},
        {"followup", QT_TR_NOOP("Letter to a PPK signed by:")},
        {"appeal", QT_TR_NOOP("Appeal letter signed by:")},
        {"track_record", QT_TR_NOOP("Track record certificate signed by:")},
    };
    for (const auto &l : letters) {
        const QString code = QLatin1String(l.code);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("signer_") + code);
        combo->addItem(tr("The chair"), QStringLiteral("ketua"));
        combo->addItem(tr("The coordinator, on behalf of the chair (a.n.)"),
                       QStringLiteral("an_ketua"));
        combo->addItem(tr("The coordinator"), QStringLiteral("koordinator"));
        QString value = m_repo.setting(QStringLiteral("signer_") + code);
        if (combo->findData(value) < 0)
            value = Signatories::defaultSigner(code);
        combo->setCurrentIndex(combo->findData(value));
        m_choices << qMakePair(QStringLiteral("signer_") + code, combo);
        signers->addRow(tr(l.label), combo);
    }
}

bool SettingsDialog::setLogoFile(const QString &path)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    m_logo = Letterhead::encodeLogo(image);
    showLogo();
    return true;
}

void SettingsDialog::showLogo()
{
    const QImage logo = m_logo.startsWith(QLatin1String("data:"))
                            ? Letterhead::decodeLogo(m_logo)
                            : (m_logo.isEmpty() ? QImage() : QImage(m_logo));
    if (logo.isNull()) {
        m_logoView->setPixmap(QPixmap());
        m_logoView->setText(tr("(no logo)"));
    } else {
        m_logoView->setText(QString());
        m_logoView->setPixmap(
            QPixmap::fromImage(logo.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

void SettingsDialog::preview()
{
    QString value[2];
    QString letter;
    for (const auto &f : std::as_const(m_fields)) {
        if (f.first == QLatin1String("receipt_pattern"))
            value[0] = f.second->text();
        if (f.first == QLatin1String("registration_pattern"))
            value[1] = f.second->text();
        if (f.first == QLatin1String("letter_pattern"))
            letter = f.second->text();
    }
    CaseNumber::Context ctx;
    ctx.sequence = 9;
    ctx.source = Codes::Source::Report;
    ctx.election = Codes::Election::Pilkada;
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
    const QString problem = CaseNumber::validate(letter);
    ok &= problem.isEmpty();
    m_letterPreview->setText(
        problem.isEmpty() ? tr("Example letter number: %1").arg(CaseNumber::format(letter, ctx))
                          : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SettingsDialog::accept()
{
    Transaction t(m_repo.database());
    QList<QPair<QString, QString>> values;
    for (const auto &f : std::as_const(m_fields))
        values << qMakePair(f.first, f.second->text().trimmed());
    for (const auto &c : std::as_const(m_choices))
        values << qMakePair(c.first, c.second->currentData().toString());
    values << qMakePair(QStringLiteral("office_logo"), m_logo)
           << qMakePair(QStringLiteral("signatory_members"), m_members->toPlainText().trimmed())
           << qMakePair(QStringLiteral("backup_keep"), QString::number(m_backupKeep->value()))
           << qMakePair(QStringLiteral("idle_lock_minutes"), QString::number(m_idleLock->value()));
    for (const auto &v : std::as_const(values)) {
        QString error;
        if (!m_repo.setSetting(v.first, v.second, &error)) {
            QMessageBox::warning(this, tr("Settings not saved"), error);
            return;
        }
    }
    if (!t.commit()) {
        QMessageBox::warning(this, tr("Settings not saved"), m_repo.database().lastError());
        return;
    }
    QDialog::accept();
}
