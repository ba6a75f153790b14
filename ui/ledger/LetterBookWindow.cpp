#include "ledger/LetterBookWindow.h"
#include "common/Guide.h"
#include "common/SaveFileDialog.h"
#include "domain/DateFormat.h"

#include "exchange/LetterBookExport.h"
#include "store/Database.h"
#include "store/LetterBook.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace {
const QString DirKey = QStringLiteral("letters/directory");
constexpr int AddresseeColumn = 2;
constexpr int SubjectColumn = 3;
} // namespace

LetterBookWindow::LetterBookWindow(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("letterBookWindow"));
    Guide::install(this, QStringLiteral("letters"));
    setWindowTitle(tr("Outgoing letter book"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("letterYear"));
    m_year->addItem(tr("All years"), 0);
    for (const int y : LetterBook(m_db).years())
        m_year->addItem(QString::number(y), y);
    const int thisYear = m_db.today().year();
    const int at = m_year->findData(thisYear);
    m_year->setCurrentIndex(at >= 0 ? at : 0);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("letterCount"));
    m_count->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("letterTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Addressee"), tr("Subject"),
                                        tr("Case"), tr("Signatory"), tr("Issued by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    // The addressee and the subject, a letter's longest texts, share the room the other
    // columns leave; the others are as wide as their cells.
    for (const int c : {AddresseeColumn, SubjectColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_export = new QPushButton(tr("Export to E&xcel…"), this);
    m_export->setObjectName(QStringLiteral("letterExport"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &LetterBookWindow::exportWithDialog);
    connect(m_year, &QComboBox::currentIndexChanged, this, &LetterBookWindow::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_count, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    refresh();
    resize(1100, 560);
}

int LetterBookWindow::year() const
{
    return m_year->currentData().toInt();
}

void LetterBookWindow::refresh()
{
    const QList<Letter> letters = LetterBook(m_db).list(year());
    m_table->setRowCount(int(letters.size()));
    int row = 0;
    for (const Letter &l : letters) {
        const QStringList cells{l.number,     shortMonthDate(l.issuedOn),
                                l.addressee,  l.subject,
                                l.caseNumber, l.signatory,
                                l.issuedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (c != AddresseeColumn && c != SubjectColumn)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    }
    if (!letters.isEmpty())
        m_count->setText(tr("%n letter(s)", nullptr, int(letters.size())));
    else
        m_count->setText((year() > 0 ? tr("No letter was issued in %1.").arg(year())
                                     : tr("No letter was issued yet.")) +
                         QLatin1Char(' ') +
                         tr("A letter is entered here with its number when it is issued from "
                            "a case's documents, the ledger or a prevention activity."));
    m_export->setEnabled(!letters.isEmpty());
}

bool LetterBookWindow::exportXlsx(const QString &path, QString *error) const
{
    const int y = year();
    const QString title = y > 0 ? QStringLiteral("AGENDA SURAT KELUAR TAHUN %1").arg(y)
                                : QStringLiteral("AGENDA SURAT KELUAR");
    return LetterBookExport::toXlsx(LetterBook(m_db).list(y), title, path, error);
}

void LetterBookWindow::exportWithDialog()
{
    SaveFileDialog save;
    save.objectName = QStringLiteral("letterBookXlsxDialog");
    save.title = tr("Export letter book as XLSX");
    save.folderKey = DirKey;
    save.suggestedName = year() > 0 ? QStringLiteral("Agenda surat keluar %1.xlsx").arg(year())
                                    : QStringLiteral("Agenda surat keluar.xlsx");
    save.defaultSuffix = QStringLiteral("xlsx");
    save.nameFilters = QStringList{tr("Spreadsheets (*.xlsx)")};
    const QString path = save.ask(this);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportXlsx(path, &error))
        QMessageBox::warning(this, tr("The letter book cannot be exported"), error);
}
