#include "dashboard/DashboardWindow.h"
#include "domain/NumberFormat.h"

#include "common/Colours.h"
#include "common/Guide.h"
#include "common/PrintPreview.h"
#include "common/SaveFileDialog.h"
#include "domain/DateFormat.h"

#include "common/WindowGeometry.h"
#include "documents/CaseDocuments.h"
#include "documents/PpkSuperiorLetter.h"
#include "documents/PrintedDocument.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "exchange/AgreementReportExport.h"
#include "exchange/PpkRecordXlsx.h"
#include "exchange/RecapExport.h"
#include "stats/AgreementReport.h"
#include "stats/PpkRecord.h"
#include "stats/Recap.h"
#include "store/OutputFile.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPen>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <memory>

namespace {

using Chart = ChartData::Chart;

// Display order of the charts, two a row.
const Chart chartOrder[] = {Chart::Categories, Chart::Positions, Chart::Agencies, Chart::Funnel,
                            Chart::Monthly,    Chart::Regencies, Chart::Provinces};

const char *chartName(Chart chart)
{
    switch (chart) {
    case Chart::Categories:
        return "chartCategories";
    case Chart::Positions:
        return "chartPositions";
    case Chart::Agencies:
        return "chartAgencies";
    case Chart::Funnel:
        return "chartFunnel";
    case Chart::Monthly:
        return "chartMonthly";
    case Chart::Regencies:
        return "chartRegencies";
    case Chart::Provinces:
        return "chartProvinces";
    }
    return "";
}

// A bar's label as Qt Charts draws it (rich text): on lines of at most 24 characters broken
// between words, right-aligned beside its bar. Qt Charts gives an axis's labels about a third of
// the chart's width, and on one line it cut them with room to spare ("Kampanye melalui media
// so..."). Past three lines (a long agency's name) the label ends in "...", the whole name in the
// data and the filter; whole when two would read the same.
QString barLabel(const QString &label, const QStringList &taken, bool whole = false)
{
    constexpr int LineLength = 24;
    constexpr int MaxLines = 3;
    QStringList lines;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= LineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    if (!whole && lines.size() > MaxLines) {
        lines.resize(MaxLines);
        lines.last() += QChar(0x2026);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    const QString text =
        QStringLiteral("<div align=\"right\">%1</div>").arg(lines.join(QLatin1String("<br>")));
    return !whole && taken.contains(text) ? barLabel(label, taken, true) : text;
}

// A count axis from zero with whole-number ticks (1, 2 or 5 × 10^k apart) and a little room
// above the longest bar.
QValueAxis *countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    qint64 step = 1;
    for (qint64 magnitude = 1; max / step > 5; magnitude *= 10) {
        for (qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if (max / step <= 5)
                break;
        }
    }
    const qint64 top = qMax<qint64>(step, (max + max / 8 + step) / step * step);
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A bar set's fill as designed for a light palette, kept with the set: styleChart() derives
// what to show from it for the palette in use.
const char *const DesignColour = "designColour";

QBarSet *newBarSet(const QString &label, const QColor &design)
{
    auto *set = new QBarSet(label);
    set->setProperty(DesignColour, design);
    return set;
}

// The chart's ground, text and lines from the palette, its fills through Colours: readable
// under a dark palette as under a light one (and as printed, with Colours::printed()).
void styleChart(QChart *chart, const QPalette &palette)
{
    const QColor ground = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor lines = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(ground);
    chart->setBackgroundPen(QPen(lines));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(lines);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(lines);
        axis->setGridLineColor(lines);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (QBarSet *set : sets) {
            const QColor fill = Colours::fill(set->property(DesignColour).value<QColor>(), palette);
            set->setColor(fill);
            set->setBorderColor(fill);
            // A horizontal bar's value stands beside it, a stacked bar's on it.
            set->setLabelColor(qobject_cast<QHorizontalBarSeries *>(s) ? text
                                                                       : Colours::textOn(fill));
        }
    }
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return path.isEmpty() || !QFileInfo(path).suffix().isEmpty() ? path
                                                                 : path + QLatin1Char('.') + suffix;
}

} // namespace

DashboardWindow::DashboardWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    m_choosePath = [](QWidget *parent, const QString &caption, const QString &suggested,
                      const QString &filter) {
        SaveFileDialog save;
        save.objectName = QStringLiteral("dashboardSaveDialog");
        save.title = caption;
        save.folderKey = QStringLiteral("dashboard/directory");
        save.suggestedName = suggested;
        save.nameFilters = filter.split(QStringLiteral(";;"));
        return save.ask(parent);
    };

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // The filter row.
    m_regencyLabel = new QLabel(central);
    m_regency = new QComboBox(central);
    m_regency->setObjectName(QStringLiteral("regencyCombo"));
    m_regencyLabel->setBuddy(m_regency);
    m_electionLabel = new QLabel(central);
    m_election = new QComboBox(central);
    m_election->setObjectName(QStringLiteral("electionCombo"));
    m_electionLabel->setBuddy(m_election);
    m_useFrom = new QCheckBox(central);
    m_useFrom->setObjectName(QStringLiteral("fromCheck"));
    m_useTo = new QCheckBox(central);
    m_useTo->setObjectName(QStringLiteral("toCheck"));
    const QDate today = m_db.today();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), central);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, central);
    m_to->setObjectName(QStringLiteral("toDate"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_regencyLabel);
    filterRow->addWidget(m_regency, 2);
    filterRow->addWidget(m_electionLabel);
    filterRow->addWidget(m_election, 1);
    filterRow->addWidget(m_useFrom);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_useTo);
    filterRow->addWidget(m_to);
    filterRow->addStretch();
    layout->addLayout(filterRow);

    // The headline: the follow-up rate, with what it is made of.
    m_rate = new QLabel(central);
    m_rate->setObjectName(QStringLiteral("followUpRate"));
    QFont big = m_rate->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_rate->setFont(big);
    m_rateCaption = new QLabel(central);
    m_rateCaption->setObjectName(QStringLiteral("followUpCaption"));
    m_rateCaption->setWordWrap(true);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    auto *headline = new QHBoxLayout;
    headline->addWidget(m_rate);
    auto *captions = new QVBoxLayout;
    captions->addWidget(m_rateCaption);
    captions->addWidget(m_summary);
    m_prevention = new QLabel(central);
    m_prevention->setObjectName(QStringLiteral("dashboardPrevention"));
    m_prevention->setWordWrap(true);
    captions->addWidget(m_prevention);
    m_leads = new QLabel(central);
    m_leads->setObjectName(QStringLiteral("dashboardLeads"));
    m_leads->setWordWrap(true);
    captions->addWidget(m_leads);
    headline->addLayout(captions, 1);
    layout->addLayout(headline);

    // The charts, two a row, in a scroll area so that small screens still reach them all.
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("chartArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *charts = new QWidget(scroll);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (Chart c : chartOrder) {
        auto *view = new QChartView(charts);
        view->setObjectName(QLatin1String(chartName(c)));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 320);
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        m_views.insert(int(c), view);
        grid->addWidget(view, i / 2, i % 2);
        ++i;
    }
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

    createActions();
    retranslate();
    fillRegencies();

    auto changed = [this] {
        if (!m_updating)
            refresh();
    };
    connect(m_regency, &QComboBox::currentIndexChanged, this, changed);
    connect(m_election, &QComboBox::currentIndexChanged, this, changed);
    connect(m_useFrom, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        changed();
    });
    connect(m_useTo, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this, changed] {
        if (m_useFrom->isChecked())
            changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, changed] {
        if (m_useTo->isChecked())
            changed();
    });
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    WindowGeometry::resize(this, QSize(1100, 680)); // fits a 1366×768 laptop; the charts scroll
    refresh();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::createActions()
{
    m_pngAction = new QAction(this);
    m_pngAction->setObjectName(QStringLiteral("saveChartsPng"));
    connect(m_pngAction, &QAction::triggered, this, &DashboardWindow::saveChartsPngInteractive);
    m_pdfAction = new QAction(this);
    m_pdfAction->setObjectName(QStringLiteral("saveChartsPdf"));
    connect(m_pdfAction, &QAction::triggered, this, &DashboardWindow::saveChartsPdfInteractive);
    m_recapAction = new QAction(this);
    m_recapAction->setObjectName(QStringLiteral("recapAction"));
    m_recapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_recapAction, &QAction::triggered, this, [this] { showRecap(); });
    m_ppkAction = new QAction(this);
    m_ppkAction->setObjectName(QStringLiteral("ppkAction"));
    connect(m_ppkAction, &QAction::triggered, this, [this] { showPpkRecord(); });
    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(QStringLiteral("agreementReportAction"));
    connect(m_reportAction, &QAction::triggered, this,
            &DashboardWindow::saveAgreementReportInteractive);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeDashboard"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_menu = menuBar()->addMenu(QString());
    m_menu->addAction(m_recapAction);
    m_menu->addAction(m_ppkAction);
    m_menu->addAction(m_reportAction);
    m_menu->addSeparator();
    m_menu->addAction(m_pngAction);
    m_menu->addAction(m_pdfAction);
    m_menu->addSeparator();
    m_menu->addAction(m_closeAction);
    Guide::installWithMenu(this, QStringLiteral("dashboard"));
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_recapAction);
    m_toolBar->addAction(m_ppkAction);
    m_toolBar->addAction(m_reportAction);
    m_toolBar->addAction(m_pngAction);
    m_toolBar->addAction(m_pdfAction);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Dashboard"));
    m_menu->setTitle(tr("&Dashboard"));
    m_toolBar->setWindowTitle(tr("Dashboard"));
    m_pngAction->setText(tr("Save charts as PNG…"));
    m_pdfAction->setText(tr("Save as PDF…"));
    m_recapAction->setText(tr("Recap…"));
    m_ppkAction->setText(tr("PPKs' record…"));
    m_reportAction->setText(tr("Agreement report…"));
    m_reportAction->setToolTip(tr("The report the KASN–Bawaslu agreement asks for the period and "
                                  "regency of the filter, as PDF or XLSX"));
    m_closeAction->setText(tr("Close"));
    m_regencyLabel->setText(tr("&Regency/city:"));
    m_electionLabel->setText(tr("&Election:"));
    m_useFrom->setText(tr("Received from"));
    m_useTo->setText(tr("to"));
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(shortDateFormat());
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        const QString election = m_election->currentData().toString();
        m_election->clear();
        m_election->addItem(tr("All elections"), QString());
        for (const QString &code : Codes::all(Codes::Kind::Election))
            m_election->addItem(Codes::label(Codes::Kind::Election, code), code);
        m_election->setCurrentIndex(qMax(0, m_election->findData(election)));
        if (m_regency->count() > 0)
            m_regency->setItemText(0, tr("All regencies and cities"));
    }
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // labels of codes and months follow the language
    }
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : std::as_const(m_views))
            styleChart(view->chart(), palette());
    }
    QMainWindow::changeEvent(event);
}

void DashboardWindow::fillRegencies()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QString selected = m_regency->currentData().toString();
    m_regency->clear();
    m_regency->addItem(tr("All regencies and cities"), QString());
    const QStringList codes = StatsRepository(m_db).regencies();
    for (const QString &code : codes) {
        m_regency->addItem(Regions::nameOf(code), code);
    }
    m_regency->setCurrentIndex(qMax(0, m_regency->findData(selected)));
    m_severalRegencies = codes.size() > 1;
    m_severalProvinces = std::any_of(codes.cbegin(), codes.cend(), [&](const QString &c) {
        return !c.startsWith(codes.first().left(2));
    });
}

void DashboardWindow::reload()
{
    fillRegencies();
    refresh();
}

CaseFilter DashboardWindow::filter() const
{
    CaseFilter f;
    f.regencyCode = m_regency->currentData().toString();
    f.election = m_election->currentData().toString();
    if (m_useFrom->isChecked())
        f.receivedFrom = m_from->date();
    if (m_useTo->isChecked())
        f.receivedTo = m_to->date();
    return f;
}

void DashboardWindow::refresh()
{
    m_data = ChartData::compute(m_db, filter());
    setChart(Chart::Categories, barChart(Chart::Categories, tr("Cases by violation category")));
    setChart(Chart::Positions,
             barChart(Chart::Positions, tr("Persons reported by position category")));
    setChart(Chart::Agencies, barChart(Chart::Agencies, tr("Agencies with most persons reported")));
    setChart(Chart::Funnel, barChart(Chart::Funnel, tr("From report to follow-up")));
    setChart(Chart::Monthly, monthlyChart());
    setChart(Chart::Regencies, barChart(Chart::Regencies, tr("Cases by regency or city")));
    m_views.value(int(Chart::Regencies))->setVisible(m_severalRegencies);
    setChart(Chart::Provinces, barChart(Chart::Provinces, tr("Cases by province")));
    m_views.value(int(Chart::Provinces))->setVisible(m_severalProvinces);
    showHeadline();
}

void DashboardWindow::showHeadline()
{
    m_rate->setText(percentText(m_data.followUpRate));
    const qint64 recommended = m_data.funnel.value(3).value;
    const qint64 followedUp = m_data.funnel.value(4).value;
    m_rateCaption->setText(
        tr("Follow-up rate: %1 of %2 persons recommended for a sanction were followed up by "
           "their PPK.")
            .arg(QLocale().toString(followedUp), QLocale().toString(recommended)));
    m_summary->setText(tr("%Ln case(s)", nullptr, int(m_data.cases)) + QStringLiteral(", ") +
                       tr("%Ln person(s) reported", nullptr, int(m_data.persons)));
    QStringList kinds;
    for (const ChartBar &k : std::as_const(m_data.prevention))
        kinds << tr("%1: %2").arg(k.label, QLocale().toString(k.value));
    QString prevention = tr("Prevention activities: %1").arg(QLocale().toString(m_data.activities));
    if (!kinds.isEmpty())
        prevention += QStringLiteral(" (") + kinds.join(QLatin1String(", ")) + QStringLiteral(")");
    prevention +=
        QStringLiteral(", ") + tr("%1 participants").arg(QLocale().toString(m_data.participants));
    m_prevention->setText(prevention);
    m_leads->setText(tr("Supervision leads: %1 received, %2 became findings, %3 not pursued")
                         .arg(QLocale().toString(m_data.leads),
                              QLocale().toString(m_data.leadFindings),
                              QLocale().toString(m_data.leadsNotPursued)));
}

void DashboardWindow::setChart(Chart which, QChart *chart)
{
    QChartView *view = m_views.value(int(which));
    QChart *old = view->chart();
    styleChart(chart, palette());
    view->setChart(chart);
    delete old;
    // A chart with many bars grows (the charts are in a scroll area), each bar as tall as its
    // label's lines (barLabel), which would otherwise overlap.
    const qsizetype bars = which == Chart::Monthly ? 0 : m_data.bars(which).size();
    qsizetype lines = 1;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &label : categories->categories())
                lines = qMax(lines, label.count(QLatin1String("<br>")) + 1);
        }
    }
    view->setMinimumHeight(qMax(320, 100 + (lines > 2 ? 40 : 30) * int(bars)));
}

QChart *DashboardWindow::barChart(Chart which, const QString &title)
{
    QChart *chart = newChart(title);
    chart->legend()->hide();
    const QList<ChartBar> &bars = m_data.bars(which);
    if (bars.isEmpty()) {
        chart->setTitle(title + QLatin1Char('\n') + tr("No cases"));
        return chart;
    }
    // Horizontal bars read top to bottom, but the series draws its first value at the bottom.
    QBarSet *set = newBarSet(title, Colours::ChartBar);
    QStringList categories;
    qint64 max = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        *set << double(bars.at(i).value);
        categories << barLabel(bars.at(i).label, categories);
        max = qMax(max, bars.at(i).value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Beside the bar's end, on the chart's ground (styleChart): inside it, a value wider than its
    // bar stood left of the chart and was not drawn (a bar of 1 beside one of 60). The count
    // axis leaves room for the longest bar's value.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *labels = new QBarCategoryAxis;
    labels->append(categories);
    labels->setTruncateLabels(false);
    chart->addAxis(labels, Qt::AlignLeft);
    series->attachAxis(labels);
    QValueAxis *counts = countAxis(max);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    const int n = int(bars.size());
    connect(set, &QBarSet::clicked, this,
            [this, which, n](int index) { barClicked(which, n - 1 - index); });
    return chart;
}

QChart *DashboardWindow::monthlyChart()
{
    const QString title = tr("Cases received per month, by status");
    QChart *chart = newChart(title);
    const MonthlyChart &m = m_data.monthly;
    if (m.months.isEmpty()) {
        chart->legend()->hide();
        chart->setTitle(title + QLatin1Char('\n') + tr("No cases"));
        return chart;
    }
    auto *series = new QStackedBarSeries;
    QList<qint64> perMonth(m.months.size(), 0);
    for (int s = 0; s < m.statuses.size(); ++s) {
        QBarSet *set = newBarSet(m.statusLabels.at(s), Colours::chartStatus(m.statuses.at(s)));
        for (int i = 0; i < m.months.size(); ++i) {
            *set << double(m.counts.at(s).at(i));
            perMonth[i] += m.counts.at(s).at(i);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this,
                [this, s](int index) { barClicked(Chart::Monthly, index, s); });
    }
    chart->addSeries(series);
    auto *months = new QBarCategoryAxis;
    months->append(m.monthLabels);
    if (m.months.size() > 12)
        months->setLabelsAngle(-90);
    months->setTruncateLabels(false);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    QValueAxis *counts = countAxis(*std::max_element(perMonth.cbegin(), perMonth.cend()));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    // At the right, one status a line: at the bottom eight statuses would be cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    return chart;
}

void DashboardWindow::barClicked(Chart which, int index, int series)
{
    emit openRegister(m_data.filterFor(which, index, series));
}

QList<QImage> DashboardWindow::chartImages() const
{
    QList<QImage> images;
    for (Chart c : chartOrder) {
        if ((c == Chart::Regencies && !m_severalRegencies) ||
            (c == Chart::Provinces && !m_severalProvinces))
            continue;
        // The scene is drawn again at twice the size (it is vector), not the screen's pixels.
        QChartView *view = m_views.value(int(c));
        const QSize size = view->viewport()->size().expandedTo(view->minimumSize());
        QImage image(size * 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        // Saved and printed as on paper, whatever the desktop's palette.
        styleChart(view->chart(), Colours::printed());
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        view->scene()->render(&painter, QRectF(image.rect()),
                              view->mapToScene(QRect(QPoint(), size)).boundingRect());
        painter.end();
        styleChart(view->chart(), palette());
        image.setDevicePixelRatio(2);
        images << image;
    }
    return images;
}

QImage DashboardWindow::combinedImage() const
{
    const QList<QImage> images = chartImages();
    QSize cell;
    for (const QImage &image : images)
        cell = cell.expandedTo(image.deviceIndependentSize().toSize());
    const int gap = 12;
    const int header = 70;
    const int rows = int((images.size() + 1) / 2);
    const QSize size(2 * cell.width() + 3 * gap, header + rows * (cell.height() + gap) + gap);
    QImage out(size * 2, QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(2);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    painter.setFont(font);
    QStringList scope{m_regency->currentText(), m_election->currentText()};
    if (m_useFrom->isChecked() || m_useTo->isChecked())
        scope << QStringLiteral("%1 – %2").arg(
            m_useFrom->isChecked() ? QLocale().toString(m_from->date()) : QString(),
            m_useTo->isChecked() ? QLocale().toString(m_to->date()) : QString());
    painter.drawText(QRect(gap, gap, size.width() - 2 * gap, 28), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Dashboard: %1").arg(scope.join(QLatin1String(", "))));
    font.setBold(false);
    font.setPointSizeF(this->font().pointSizeF());
    painter.setFont(font);
    painter.drawText(QRect(gap, gap + 30, size.width() - 2 * gap, 24),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Follow-up rate %1. %2").arg(m_rate->text(), m_summary->text()));
    for (int i = 0; i < images.size(); ++i) {
        const QPoint at(gap + (i % 2) * (cell.width() + gap),
                        header + (i / 2) * (cell.height() + gap));
        painter.drawImage(QRect(at, images.at(i).deviceIndependentSize().toSize()), images.at(i));
    }
    painter.end();
    return out;
}

bool DashboardWindow::saveChartsPng(const QString &path, QString *error) const
{
    // Through the door for outputs: never over the data file, and a full disk leaves nothing.
    OutputFile out(path);
    if (!out.begin(error))
        return false;
    if (!combinedImage().save(out.temporaryPath(), "PNG"))
        return out.fail(error, tr("The image could not be written to %1.").arg(path));
    return out.commit(error, OutputFile::Kind::Png);
}

bool DashboardWindow::saveChartsPdf(const QString &path, QString *error) const
{
    const Recap recap = Recap::compute(m_db, filter());
    SettingsRepository repo(m_db);
    const PrintedDocument doc =
        RecapExport::toDocument(recap, Letterhead::fromSettings(repo), chartImages());
    return doc.toPdf(path, PrintedDocument::Paper::A4, error);
}

bool DashboardWindow::saveAgreementReport(const QString &path, QString *error) const
{
    const AgreementReport report = AgreementReport::compute(m_db, filter());
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return AgreementReportExport::toXlsx(report, path, error);
    return AgreementReportExport::toDocument(report, AgreementReportExport::signingOf(m_db, report))
        .toPdf(path, PrintedDocument::Paper::A4, error);
}

QString DashboardWindow::choosePath(const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                        : QApplication::activeWindow();
    return m_choosePath(parent ? parent : this, caption, suggested, filter);
}

void DashboardWindow::reportError(const QString &error)
{
    QMessageBox::warning(QApplication::activeWindow() ? QApplication::activeWindow() : this,
                         tr("Dashboard"), error);
}

void DashboardWindow::saveChartsPngInteractive()
{
    const QString path =
        withSuffix(choosePath(tr("Save charts as PNG"), QStringLiteral("grafik.png"),
                              tr("PNG images (*.png)")),
                   QStringLiteral("png"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChartsPng(path, &error))
        reportError(error);
    else
        statusBar()->showMessage(tr("Charts saved to %1.").arg(path), 5000);
}

void DashboardWindow::saveChartsPdfInteractive()
{
    const QString path =
        withSuffix(choosePath(tr("Save the recap and charts as PDF"),
                              QStringLiteral("rekapitulasi.pdf"), tr("PDF documents (*.pdf)")),
                   QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChartsPdf(path, &error))
        reportError(error);
    else
        statusBar()->showMessage(tr("Saved to %1.").arg(path), 5000);
}

void DashboardWindow::saveAgreementReportInteractive()
{
    const QString path = withSuffix(
        choosePath(tr("Save the agreement report"), QStringLiteral("laporan-kesepakatan.pdf"),
                   tr("PDF documents (*.pdf);;Excel workbooks (*.xlsx)")),
        QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        reportError(tr("The report is saved as a PDF document (.pdf) or an Excel workbook "
                       "(.xlsx), not as .%1.")
                        .arg(suffix));
    else if (!saveAgreementReport(path, &error))
        reportError(error);
    else
        statusBar()->showMessage(tr("Saved to %1.").arg(path), 5000);
}

void DashboardWindow::printRecap(const Recap &recap, bool withCharts)
{
    SettingsRepository repo(m_db);
    const PrintedDocument doc = RecapExport::toDocument(
        recap, Letterhead::fromSettings(repo), withCharts ? chartImages() : QList<QImage>());
    PrintPreview::show(doc, PrintedDocument::Paper::A4, QStringLiteral("recapPreview"),
                       tr("Dashboard"),
                       QApplication::activeWindow() ? QApplication::activeWindow() : this);
}

QDialog *DashboardWindow::showRecap()
{
    auto recap = std::make_shared<Recap>(Recap::compute(m_db, filter()));
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("recapDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Recap"));
    auto *layout = new QVBoxLayout(dialog);

    QStringList scope{m_regency->currentText(), m_election->currentText()};
    if (m_useFrom->isChecked())
        scope << tr("received from %1").arg(QLocale().toString(m_from->date()));
    if (m_useTo->isChecked())
        scope << tr("received until %1").arg(QLocale().toString(m_to->date()));
    auto *heading = new QLabel(scope.join(QLatin1String(", ")), dialog);
    heading->setObjectName(QStringLiteral("recapScope"));
    layout->addWidget(heading);

    QStringList headers{tr("Regency or city")};
    for (const QString &c : recap->categories)
        headers << (c.isEmpty() ? tr("No category")
                                : Codes::label(Codes::Kind::ViolationCategory, c));
    headers << tr("Cases") << tr("Persons reported") << tr("Recommended for a sanction")
            << tr("Followed up") << tr("Follow-up rate");
    const QList<Recap::Row> rows = recap->rows + QList<Recap::Row>{recap->total};
    auto *table = new QTableWidget(int(rows.size()), int(headers.size()), dialog);
    table->setObjectName(QStringLiteral("recapTable"));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // QHeaderView wraps long labels when the alignment carries Qt::TextWordWrap.
    table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const Recap::Row &row = rows.at(r);
        const bool total = r == rows.size() - 1;
        QStringList cells{total ? tr("Total") : row.regencyName};
        for (qint64 n : row.byCategory)
            cells << locale.toString(n);
        cells << locale.toString(row.cases) << locale.toString(row.persons)
              << locale.toString(row.recommended) << locale.toString(row.followedUp)
              << percentText(row.followUpRate());
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    // Figures are short: narrow columns whose long labels wrap in the header.
    table->horizontalHeader()->setDefaultSectionSize(96);
    table->horizontalHeader()->setMinimumHeight(
        table->horizontalHeader()->fontMetrics().lineSpacing() * 4 + 10);
    for (int c = 0; c < headers.size(); ++c)
        table->horizontalHeaderItem(c)->setToolTip(headers.at(c));
    table->resizeColumnToContents(0);
    layout->addWidget(table, 1);

    auto *withCharts = new QCheckBox(tr("Print with the charts"), dialog);
    withCharts->setObjectName(QStringLiteral("includeCharts"));
    withCharts->setChecked(true);
    layout->addWidget(withCharts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printRecap"));
    auto *xlsx = buttons->addButton(tr("Export to E&xcel…"), QDialogButtonBox::ActionRole);
    xlsx->setObjectName(QStringLiteral("exportXlsx"));
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsv"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(print, &QPushButton::clicked, this,
            [this, recap, withCharts] { printRecap(*recap, withCharts->isChecked()); });
    connect(xlsx, &QPushButton::clicked, this, [this, recap] {
        const QString path = withSuffix(choosePath(tr("Export the recap as XLSX"),
                                                   QStringLiteral("rekapitulasi.xlsx"),
                                                   tr("Excel workbooks (*.xlsx)")),
                                        QStringLiteral("xlsx"));
        QString error;
        if (path.isEmpty())
            return;
        if (!RecapExport::toXlsx(*recap, path, &error))
            reportError(error);
        else
            statusBar()->showMessage(tr("Recap exported to %1.").arg(path), 5000);
    });
    connect(csv, &QPushButton::clicked, this, [this, recap] {
        const QString path =
            withSuffix(choosePath(tr("Export the recap as CSV"), QStringLiteral("rekapitulasi.csv"),
                                  tr("CSV files (*.csv)")),
                       QStringLiteral("csv"));
        QString error;
        if (path.isEmpty())
            return;
        if (!RecapExport::toCsv(*recap, path, &error))
            reportError(error);
        else
            statusBar()->showMessage(tr("Recap exported to %1.").arg(path), 5000);
    });
    dialog->resize(qMin(1200, table->horizontalHeader()->length() + 60), 420);
    dialog->show();
    return dialog;
}

QDialog *DashboardWindow::showPpkRecord()
{
    const CaseFilter caseFilter = filter();
    auto record = std::make_shared<PpkRecord>(PpkRecord::compute(m_db, caseFilter));
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("ppkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("PPKs' record"));
    auto *layout = new QVBoxLayout(dialog);
    auto *heading =
        new QLabel(tr("Recommendations of a sanction per PPK, %1; late: past the due date (%n "
                      "day(s) after the recommendation unless set) without a decision, as of %2.",
                      nullptr, record->responseDays)
                       .arg(QStringList{m_regency->currentText(), m_election->currentText()}.join(
                                QLatin1String(", ")),
                            QLocale().toString(record->today)),
                   dialog);
    heading->setObjectName(QStringLiteral("ppkScope"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    const QStringList headers{tr("Rank"),           tr("PPK"),
                              tr("Kind"),           tr("Received"),
                              tr("Followed up"),    tr("Followed up, another sanction"),
                              tr("Late"),           tr("Awaiting PPK"),
                              tr("Follow-up rate"), tr("Median days to follow up")};
    auto *table = new QTableWidget(int(record->rows.size()), int(headers.size()), dialog);
    table->setObjectName(QStringLiteral("ppkTable"));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    const QLocale locale;
    for (int r = 0; r < record->rows.size(); ++r) {
        const PpkRecord::Row &row = record->rows.at(r);
        const std::optional<double> median = row.medianDays();
        QString ppk = row.name.isEmpty() ? tr("(no PPK recorded)") : row.name;
        if (!row.office.isEmpty())
            ppk += QLatin1Char('\n') + row.office;
        const QStringList cells{locale.toString(row.rank),
                                ppk,
                                PpkRecord::label(row.kind),
                                locale.toString(row.received),
                                locale.toString(row.followedUp),
                                locale.toString(row.followedUpDifferent),
                                locale.toString(row.late),
                                locale.toString(row.awaiting),
                                percentText(row.followUpRate()),
                                median ? locale.toString(*median, 'f', 1) : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == 1 || c == 2 ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setDefaultSectionSize(108);
    table->horizontalHeader()->setMinimumHeight(
        table->horizontalHeader()->fontMetrics().lineSpacing() * 3 + 10);
    table->resizeColumnToContents(0);
    table->setColumnWidth(1, 280);
    table->resizeColumnToContents(2);
    table->resizeRowsToContents();
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *xlsx = buttons->addButton(tr("Export &XLSX…"), QDialogButtonBox::ActionRole);
    xlsx->setObjectName(QStringLiteral("exportPpkXlsx"));
    xlsx->setEnabled(m_db.allows(Action::ExportData));
    auto *letter = buttons->addButton(tr("&Letter to the superior…"), QDialogButtonBox::ActionRole);
    letter->setObjectName(QStringLiteral("ppkLetter"));
    letter->setToolTip(tr("The letter to the superior of the selected PPK (the Minister of Home "
                          "Affairs, through the governor for a regent or mayor; the Minister of "
                          "State Apparatus for a ministry) listing its late recommendations."));
    auto *letterPdf = buttons->addButton(tr("Save letter as &PDF…"), QDialogButtonBox::ActionRole);
    letterPdf->setObjectName(QStringLiteral("ppkLetterPdf"));
    auto *issue = buttons->addButton(tr("&Issue letter"), QDialogButtonBox::ActionRole);
    issue->setObjectName(QStringLiteral("ppkLetterIssue"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    // The selected PPK when it has late recommendations: the letter is about those.
    const auto selected = [record, table]() -> const PpkRecord::Row * {
        const int r = table->currentRow();
        if (r < 0 || r >= record->rows.size() || !table->selectionModel()->hasSelection())
            return nullptr;
        return record->rows.at(r).late > 0 ? &record->rows.at(r) : nullptr;
    };
    const auto update = [=] {
        const bool enabled = selected() != nullptr;
        letter->setEnabled(enabled);
        letterPdf->setEnabled(enabled);
        issue->setEnabled(enabled && m_db.allows(Action::EditFollowUps));
    };
    connect(table, &QTableWidget::itemSelectionChanged, dialog, update);
    update();

    connect(xlsx, &QPushButton::clicked, this, [this, record] {
        const QString path =
            withSuffix(choosePath(tr("Export the PPKs' record as XLSX"),
                                  QStringLiteral("rekam-ppk.xlsx"), tr("Excel workbooks (*.xlsx)")),
                       QStringLiteral("xlsx"));
        QString error;
        if (path.isEmpty())
            return;
        if (!m_db.permits(Action::ExportData, &error) ||
            !PpkRecordXlsx::write(path, *record, &error))
            reportError(error);
        else
            statusBar()->showMessage(tr("PPKs' record exported to %1.").arg(path), 5000);
    });
    connect(letter, &QPushButton::clicked, this, [this, selected, caseFilter] {
        if (const PpkRecord::Row *ppk = selected())
            PrintPreview::show(PpkSuperiorLetter::build(m_db, *ppk, caseFilter),
                               PrintedDocument::Paper::A4, QStringLiteral("ppkLetterPreview"),
                               tr("The letter cannot be printed"), this);
    });
    connect(letterPdf, &QPushButton::clicked, this, [this, selected, caseFilter] {
        const PpkRecord::Row *ppk = selected();
        if (!ppk)
            return;
        const QString path = withSuffix(
            choosePath(tr("Save letter as PDF"),
                       QStringLiteral("Rekomendasi belum ditindaklanjuti - %1.pdf").arg(ppk->name),
                       tr("PDF documents (*.pdf)")),
            QStringLiteral("pdf"));
        if (path.isEmpty())
            return;
        QString error;
        if (!PpkSuperiorLetter::build(m_db, *ppk, caseFilter)
                 .toPdf(path, PrintedDocument::Paper::A4, &error))
            reportError(error);
        else
            statusBar()->showMessage(tr("Saved to %1.").arg(path), 5000);
    });
    connect(issue, &QPushButton::clicked, this, [this, selected, caseFilter, dialog] {
        const PpkRecord::Row *ppk = selected();
        if (!ppk ||
            QMessageBox::question(dialog, tr("Issue letter"),
                                  tr("Issue the letter about %1? It takes the next number of the "
                                     "letter book and today's date.")
                                      .arg(ppk->name)) != QMessageBox::Yes)
            return;
        PrintedDocument d = PpkSuperiorLetter::build(m_db, *ppk, caseFilter);
        QString error;
        if (!CaseDocuments::issue(m_db, d, &error))
            QMessageBox::warning(dialog, tr("The letter cannot be issued"), error);
        else
            statusBar()->showMessage(tr("Letter issued with the number %1.").arg(d.letter.number),
                                     6000);
    });
    dialog->resize(qMin(1200, table->horizontalHeader()->length() + 60), 460);
    dialog->show();
    return dialog;
}
