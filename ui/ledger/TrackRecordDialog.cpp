#include "ledger/TrackRecordDialog.h"

#include "common/Guide.h"
#include "common/SaveFileDialog.h"
#include "domain/DateFormat.h"

#include "documents/CaseDocuments.h"
#include "documents/TrackRecordCertificate.h"
#include "domain/Codes.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "domain/Scope.h"
#include "store/Database.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>

namespace {

enum Column {
    NumberColumn,
    RegencyColumn,
    ReceivedColumn,
    NameColumn,
    NipColumn,
    StatusColumn,
    DecisionColumn,
    RecommendationColumn,
    SanctionColumn,
    ColumnCount
};

const QString DirKey = QStringLiteral("record/certificateDirectory");

} // namespace

TrackRecordDialog::TrackRecordDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("trackRecordDialog"));
    Guide::install(this, QStringLiteral("ledger"));
    setWindowTitle(tr("Track record"));

    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("recordNip"));
    m_nip->setPlaceholderText(tr("18 digits, e.g. 19860926 201505 1 001"));
    m_nip->setToolTip(tr("The NIP of a civil servant (PNS) or the NI PPPK of a contract civil "
                         "servant: 18 digits, spaces allowed."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("recordName"));
    m_name->setPlaceholderText(tr("Without a NIP: the persons reported by this name"));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("recordPurpose"));
    m_purpose->setPlaceholderText(
        tr("Required and logged, e.g. open selection for the regional secretary 2025"));
    m_committee = new QLineEdit(this);
    m_committee->setObjectName(QStringLiteral("recordCommittee"));
    m_committee->setPlaceholderText(TrackRecordCertificate::DefaultCommittee);
    m_lookUp = new QPushButton(tr("&Look up"), this);
    m_lookUp->setObjectName(QStringLiteral("recordLookUp"));
    m_lookUp->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&NIP:"), m_nip);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Given &to:"), m_committee);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_summary->setWordWrap(true);
    // Two lines kept for the summary, so that a long one is never squeezed by the table.
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 2 + 4);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Regency or city"), tr("Received"),
                                        tr("Name"), tr("NIP"), tr("Status"), tr("Decision"),
                                        tr("Recommendation"), tr("Sanction imposed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a person found by name to look up their NIP."));

    m_certificate = new QPushButton(tr("&Print certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("recordCertificate"));
    m_certificate->setToolTip(
        tr("The certificate for the selection committee (surat keterangan rekam jejak), issued "
           "with the next number of the letter book and saved as a PDF."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lookUp, &QPushButton::clicked, this, &TrackRecordDialog::lookUp);
    connect(m_certificate, &QPushButton::clicked, this, &TrackRecordDialog::askCertificate);
    // A person found by name: their NIP looked up, so that the certificate can be printed.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (!m_record || !m_record->nip.isEmpty() || row < 0 || row >= m_record->entries.size())
            return;
        const QString nip = m_record->entries.at(row).row.nip;
        if (!Nip::parseAny(nip).valid)
            return;
        m_nip->setText(Nip::grouped(nip));
        m_name->clear();
        lookUp();
    });

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_lookUp);
    side->addStretch(1);
    top->addLayout(side);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_certificate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    const bool allowed = m_db.allows(Action::LookUpRecord);
    m_lookUp->setEnabled(allowed);
    if (!allowed)
        m_summary->setText(m_db.refusal(Action::LookUpRecord));
    updateButtons();
    resize(1180, 560);
}

bool TrackRecordDialog::lookUp()
{
    QString error;
    std::optional<TrackRecord> record = TrackRecordRepository(m_db).lookUp(
        m_nip->text(), m_name->text(), m_purpose->text(), &error);
    if (!record) {
        QMessageBox::warning(this, tr("The track record cannot be looked up"), error);
        return false;
    }
    m_record = std::move(record);
    fill();
    return true;
}

void TrackRecordDialog::fill()
{
    const TrackRecord &r = *m_record;
    m_table->setRowCount(int(r.entries.size()));
    QStringList regencies;
    for (int i = 0; i < r.entries.size(); ++i) {
        const TrackRecord::Entry &e = r.entries.at(i);
        const FollowUp &f = e.row.followUp;
        if (!regencies.contains(Regions::nameOf(e.row.regencyCode)))
            regencies << Regions::nameOf(e.row.regencyCode);
        QString recommendation;
        if (e.row.hasFollowUp && !f.sanctionRecommended.isEmpty())
            recommendation = Codes::label(Codes::Kind::Sanction, f.sanctionRecommended);
        QString imposed;
        if (e.row.hasFollowUp && !f.sanctionImposed.isEmpty())
            imposed = Codes::label(Codes::Kind::Sanction, f.sanctionImposed);
        else if (!recommendation.isEmpty() && f.sanctionRecommended != Codes::Sanction::None)
            imposed = tr("Not followed up yet");
        const QStringList cells{e.row.caseNumber,
                                Regions::nameOf(e.row.regencyCode),
                                shortMonthDate(e.receivedDate),
                                e.row.name,
                                Nip::grouped(e.row.nip),
                                Codes::label(Codes::Kind::Status, e.status),
                                TrackRecord::decisionLabel(e.decision()),
                                recommendation,
                                imposed};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    // The NIP is the one looked up, unless the persons were found by name.
    m_table->setColumnHidden(NipColumn, !r.nip.isEmpty());
    // Every column in view when the screen has room for them.
    const int wanted = m_table->horizontalHeader()->length() + m_table->frameWidth() * 2 +
                       m_table->verticalScrollBar()->sizeHint().width() + 40;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    const int fits = screen.isValid() ? qMin(wanted, screen.width()) : wanted;
    if (fits > width())
        resize(fits, height());
    const QString where =
        r.scope.isEmpty() ? tr("in this file") : tr("in %1").arg(Scope::displayName(r.scope));
    const QString who =
        r.nip.isEmpty() ? tr("“%1”").arg(r.name) : tr("NIP %1").arg(Nip::grouped(r.nip));
    if (r.entries.isEmpty())
        m_summary->setText(tr("No case is recorded for %1 %2: the certificate states that no "
                              "violation of neutrality is recorded.")
                               .arg(who, where));
    else
        m_summary->setText(tr("%1 is reported in %n case(s) %2 (%3). The look-up is logged "
                              "with its purpose.",
                              nullptr, int(r.entries.size()))
                               .arg(who, where, regencies.join(QStringLiteral(", "))));
    updateButtons();
}

void TrackRecordDialog::updateButtons()
{
    m_certificate->setEnabled(m_record && !m_record->nip.isEmpty());
}

bool TrackRecordDialog::saveCertificate(const QString &path, PrintedDocument::Paper paper,
                                        QString *error)
{
    if (!m_record || m_record->nip.isEmpty()) {
        *error = tr("A certificate is for one NIP: look the person up by NIP first.");
        return false;
    }
    PrintedDocument d = TrackRecordCertificate::build(m_db, *m_record, m_committee->text());
    if (!CaseDocuments::issue(m_db, d, error))
        return false;
    d = TrackRecordCertificate::build(m_db, *m_record, m_committee->text());
    return d.toPdf(path, paper, error);
}

void TrackRecordDialog::askCertificate()
{
    if (!m_record || m_record->nip.isEmpty())
        return;
    SaveFileDialog save;
    save.objectName = QStringLiteral("recordCertificateDialog");
    save.title = tr("Print certificate");
    save.folderKey = DirKey;
    save.suggestedName = QStringLiteral("Surat keterangan rekam jejak - %1 - %2.pdf")
                             .arg(m_record->nip, m_db.today().toString(Qt::ISODate));
    save.defaultSuffix = QStringLiteral("pdf");
    save.nameFilters = QStringList{tr("PDF on A4 paper (*.pdf)"), tr("PDF on F4 paper (*.pdf)")};
    int filter = 0;
    const QString path = save.ask(this, &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCertificate(
            path, filter == 1 ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4, &error)) {
        QMessageBox::warning(this, tr("The certificate cannot be printed"), error);
        return;
    }
    m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                       tr("Certificate saved to %1.").arg(QDir::toNativeSeparators(path)));
}
