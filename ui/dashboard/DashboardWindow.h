#pragma once

#include "stats/ChartData.h"

#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <functional>

class Database;
class QAction;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QMenu;
class QPrinter;
class QToolBar;
struct Recap;

// The figures of one data file as charts, for a regency (or all), an election and a period:
// violation and position categories, the agencies with most persons reported, the funnel from
// report to follow-up with the follow-up rate as the headline, cases per month by status and,
// when the file holds several regencies, cases by regency. A click on a bar asks the register
// to show the cases behind it (openRegister). The recap table opens from here, for printing
// and export.
//
// "Save charts as PNG…" writes one combined image: the headline and every visible chart, two
// a row, so that a single file goes into a report or a message. "Save as PDF…" writes the recap
// document with the charts.
class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit DashboardWindow(Database &db, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // The dashboard's own filter: regency, election, received from/to.
    CaseFilter filter() const;
    const ChartData &data() const { return m_data; }
    // Re-reads the regencies of the file and the figures (after the file changed).
    void reload();

    // How the window asks where to save: (parent, caption, suggested file name, name filter) to
    // a path, empty when cancelled. SaveFileDialog (the folder last used for the dashboard's
    // files) unless replaced (by tests).
    using PathChooser =
        std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    // The charts shown, rendered at twice the screen resolution, in display order.
    QList<QImage> chartImages() const;
    QImage combinedImage() const;
    bool saveChartsPng(const QString &path, QString *error) const;
    bool saveChartsPdf(const QString &path, QString *error) const;
    // Opens the recap dialog (objectName "recapDialog") for the current filter.
    QDialog *showRecap();
    // Opens the PPKs' record (objectName "ppkDialog") for the current filter: the PPKs ranked,
    // exported to XLSX, and for a PPK with late recommendations the letter to its superior.
    QDialog *showPpkRecord();
    // The KASN–Bawaslu agreement's report (AgreementReport) for the dashboard's filter, written
    // as a printed report (.pdf) or a workbook (.xlsx) as the path's suffix says.
    bool saveAgreementReport(const QString &path, QString *error) const;

signals:
    // The cases behind a clicked bar: the dashboard's filter narrowed to the bar.
    void openRegister(const CaseFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void fillRegencies();
    void refresh();
    void showHeadline();
    void setChart(ChartData::Chart which, QChart *chart);
    QChart *barChart(ChartData::Chart which, const QString &title);
    QChart *monthlyChart();
    void barClicked(ChartData::Chart which, int index, int series = 0);
    QString choosePath(const QString &caption, const QString &suggested, const QString &filter);
    void saveChartsPngInteractive();
    void saveChartsPdfInteractive();
    void saveAgreementReportInteractive();
    void printRecap(const Recap &recap, bool withCharts);
    void reportError(const QString &error);

    Database &m_db;
    ChartData m_data;
    PathChooser m_choosePath;
    QHash<int, QChartView *> m_views; // by ChartData::Chart
    QComboBox *m_regency = nullptr;
    QComboBox *m_election = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_regencyLabel = nullptr;
    QLabel *m_electionLabel = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_rateCaption = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_prevention = nullptr; // the prevention activities of the period
    QLabel *m_leads = nullptr;      // the supervision leads of the period
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_pngAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_recapAction = nullptr;
    QAction *m_ppkAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_closeAction = nullptr;
    bool m_severalRegencies = false;
    // Regencies of more than one province (a province's or the nation's server): the
    // provinces side by side too.
    bool m_severalProvinces = false;
    bool m_updating = false;
};
