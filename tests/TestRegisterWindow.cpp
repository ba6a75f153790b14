// The register window on a real data file, offscreen: lazy loading, sorting, language switch.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "XlsxSheet.h"
#include "admin/SettingsDialog.h"
#include "dashboard/DashboardWindow.h"
#include "demo/DemoGenerator.h"
#include "domain/DateFormat.h"
#include "domain/ProcedureProfile.h"
#include "exchange/RegisterCsv.h"
#include "ledger/LedgerWindow.h"
#include "register/CaseTableModel.h"
#include "register/FilterBar.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "store/CaseRepository.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

class TestRegisterWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    static constexpr int Cases = 1200;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_file = m_dir.filePath(QStringLiteral("register.netra"));
        QString error;
        auto db = Database::open(m_file, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoGenerator::Options o;
        o.cases = Cases;
        o.seed = 5;
        o.today = QDate(2026, 11, 23);
        QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
    }

    void opensLazily()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        w.show();
        QApplication::processEvents();
        CaseTableModel *model = w.caseModel();
        QCOMPARE(model->totalCount(), qint64(Cases));
        // Only the first page is loaded until the view scrolls.
        QCOMPARE(model->rowCount(), CaseTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("caseCount"))->text(),
                 QStringLiteral("1,200 cases"));

        QTableView *view = w.caseView();
        for (int i = 0; i < 20 && model->canFetchMore({}); ++i) {
            view->scrollToBottom();
            QApplication::processEvents();
        }
        QCOMPARE(model->rowCount(), Cases);
        QVERIFY(!model->canFetchMore({}));
    }

    void sortsByEachColumn()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        CaseTableModel *model = w.caseModel();
        // Newest first by default.
        const QModelIndex first = model->index(0, CaseTableModel::Received);
        const QModelIndex second = model->index(1, CaseTableModel::Received);
        QVERIFY(first.isValid() && second.isValid());
        w.caseView()->sortByColumn(CaseTableModel::NextDeadline, Qt::AscendingOrder);
        // Cases with a pending deadline come first, the most overdue at the top.
        QCOMPARE(model->data(model->index(0, 0), CaseTableModel::DeadlineStateRole).toString(),
                 QStringLiteral("late"));
        QVERIFY(model->data(model->index(0, CaseTableModel::NextDeadline))
                    .toString()
                    .endsWith(QLatin1String(" (late)")));
        // The next deadline's date in the column without the year when it is this year's; the
        // tooltip with it.
        const QRegularExpression dated(QStringLiteral(": \\d{1,2} \\S+ (\\d{4}) \\("));
        int thisYear = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex due = model->index(row, CaseTableModel::NextDeadline);
            const QRegularExpressionMatch m = dated.match(due.data(Qt::ToolTipRole).toString());
            if (due.data().toString().isEmpty())
                continue;
            QVERIFY2(m.hasMatch(), qPrintable(due.data(Qt::ToolTipRole).toString()));
            const bool ofThisYear = m.captured(1).toInt() == w.database()->today().year();
            thisYear += ofThisYear;
            QCOMPARE(due.data().toString().contains(m.captured(1)), !ofThisYear);
        }
        QVERIFY(thisYear > 0);
        // The newest cases four days before the demo's last: late, due today, soon and in time,
        // each state in a word in the cell (a deadline in time says none), whole in the tooltip.
        w.database()->setToday(QDate(2026, 11, 19));
        w.caseView()->sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
        const QHash<QString, QRegularExpression> inAWord = {
            {QStringLiteral("late"), QRegularExpression(QStringLiteral(" \\(late\\)$"))},
            {QStringLiteral("due_today"), QRegularExpression(QStringLiteral(" \\(today\\)$"))},
            {QStringLiteral("due_soon"),
             QRegularExpression(QStringLiteral(" \\(in [1-3] days?\\)$"))},
            {QStringLiteral("open"), QRegularExpression(QStringLiteral("^[^(]+$"))}};
        const QHash<QString, QString> whole = {
            {QStringLiteral("late"), QStringLiteral("(Late)")},
            {QStringLiteral("due_today"), QStringLiteral("(Due today)")},
            {QStringLiteral("due_soon"), QStringLiteral("(Due soon)")},
            {QStringLiteral("open"), QStringLiteral("(Open)")}};
        QSet<QString> statesSeen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex due = model->index(row, CaseTableModel::NextDeadline);
            if (due.data().toString().isEmpty())
                continue;
            const QString state = due.data(CaseTableModel::DeadlineStateRole).toString();
            statesSeen.insert(state);
            QVERIFY2(inAWord.value(state).match(due.data().toString()).hasMatch(),
                     qPrintable(state + QLatin1String(": ") + due.data().toString()));
            QVERIFY2(due.data(Qt::ToolTipRole).toString().endsWith(whole.value(state)),
                     qPrintable(due.data(Qt::ToolTipRole).toString()));
        }
        QCOMPARE(statesSeen.size(), 4);
        w.caseView()->sortByColumn(CaseTableModel::Number, Qt::AscendingOrder);
        const QString a = model->data(model->index(0, CaseTableModel::Number)).toString();
        const QString b = model->data(model->index(1, CaseTableModel::Number)).toString();
        QVERIFY(a <= b);
        w.caseView()->sortByColumn(CaseTableModel::Number, Qt::DescendingOrder);
        QVERIFY(model->data(model->index(0, CaseTableModel::Number)).toString() >= b);
        for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
            w.caseView()->sortByColumn(column, Qt::AscendingOrder);
            QCOMPARE(model->totalCount(), qint64(Cases));
            QVERIFY(model->rowCount() > 0);
        }
    }

    // An office's register, every case of its own regency, hides the regency column and gives
    // its room to the others; a store of two regencies shows it.
    void regencyColumnWhereRegenciesDiffer()
    {
        Translator::install(QStringLiteral("en"));
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, m_file));
            w.resize(1366, 740);
            w.show();
            QApplication::processEvents();
            QVERIFY(w.caseView()->isColumnHidden(CaseTableModel::Regency));
            // Its room goes to the other columns: on a laptop's screen, beside the day's work,
            // the register does not scroll sideways.
            QVERIFY(!w.caseView()->horizontalScrollBar()->isVisible());
        }
        const QString two = m_dir.filePath(QStringLiteral("two-regencies.netra"));
        {
            QString error;
            auto db = Database::open(two, Database::Mode::CreateIfMissing, &error);
            QVERIFY2(db, qPrintable(error));
            DemoGenerator::Options o;
            o.cases = 30;
            o.regencies = {QStringLiteral("3311"), QStringLiteral("3372")};
            o.today = QDate(2026, 11, 23);
            QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
        }
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, two));
        w.resize(1100, 700);
        w.show();
        QApplication::processEvents();
        QVERIFY(!w.caseView()->isColumnHidden(CaseTableModel::Regency));
        QVERIFY(w.caseView()->columnWidth(CaseTableModel::Regency) > 0);
    }

    // Readable at a glance: the Number column holds the longest number of the file uncut, each
    // number whole in its tooltip; the filter combos show their longest entry whole, each entry in
    // its tooltip too. In Indonesian, whose labels are the longer.
    void readableAtAGlance()
    {
        Translator::install(QStringLiteral("id"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        w.resize(1366, 740);
        w.show();
        QApplication::processEvents();
        CaseTableModel *model = w.caseModel();
        QTableView *view = w.caseView();
        const int width = view->columnWidth(CaseTableModel::Number);
        // Every row loaded: the longest number may be in a page not shown yet.
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Cases);
        const QFontMetrics metrics = view->fontMetrics();
        QString longest;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, CaseTableModel::Number);
            const QString number = i.data().toString();
            QCOMPARE(i.data(Qt::ToolTipRole).toString(), number);
            if (metrics.horizontalAdvance(number) > metrics.horizontalAdvance(longest))
                longest = number;
        }
        // The text's room: the column less the item's margins on both sides.
        const int margin =
            view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const int room = width - 2 * margin;
        QVERIFY2(metrics.horizontalAdvance(longest) <= room,
                 qPrintable(QStringLiteral("%1: %2 px in %3 px")
                                .arg(longest)
                                .arg(metrics.horizontalAdvance(longest))
                                .arg(room)));
        QCOMPARE(metrics.elidedText(longest, Qt::ElideRight, room), longest);
        QCOMPARE(view->columnWidth(CaseTableModel::Number), width); // loading does not move it

        // Beside the day's work on a 1366-pixel laptop, every column is in sight, the deadline
        // too (it was past the right edge), each as wide as its header at least.
        QVERIFY(w.todayPanel()->isVisible());
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < CaseTableModel::ColumnCount; ++column)
            QVERIFY2(view->columnWidth(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("column %1: %2 px, its header %3 px")
                                    .arg(column)
                                    .arg(view->columnWidth(column))
                                    .arg(header->sectionSizeHint(column))));

        auto *bar = w.findChild<QWidget *>(QStringLiteral("filterBar"));
        QVERIFY(bar);
        // The regency filter lists every regency of the file's cases, in the official list's
        // order (by code, whatever their number of cases); the day's work is filled.
        auto *regency = bar->findChild<QComboBox *>(QStringLiteral("regencyFilter"));
        QVERIFY(regency);
        QStringList listed;
        for (int i = 1; i < regency->count(); ++i)
            listed << regency->itemData(i).toString();
        QStringList present;
        for (const auto &c : StatsRepository(*w.database())
                                 .casesBy(StatsRepository::CaseGroup::Regency, CaseFilter()))
            present << c.first;
        present.sort(); // the order of several: TestQueryPlans, on a file of four
        QCOMPARE(listed, present);
        QVERIFY(w.todayPanel()->list()->topLevelItemCount() > 0);
        const QList<QComboBox *> combos = bar->findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 7);
        // Every filter's entries whole, and every filter inside the bar: on the laptop and in
        // the guide's 1,100-pixel window, where they take one line more.
        auto filtersWhole = [&](const char *where) {
            for (QComboBox *c : combos) {
                QStyleOptionComboBox option;
                option.initFrom(c);
                option.editable = false;
                const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, c);
                for (int i = 0; i < c->count(); ++i) {
                    QCOMPARE(c->itemData(i, Qt::ToolTipRole).toString(), c->itemText(i));
                    QVERIFY2(
                        c->fontMetrics().horizontalAdvance(c->itemText(i)) <= field.width(),
                        qPrintable(QStringLiteral("%1 at %2: \"%3\" in %4 px")
                                       .arg(c->objectName(), QLatin1String(where), c->itemText(i))
                                       .arg(field.width())));
                }
                QCOMPARE(c->toolTip(), c->currentText());
            }
            auto *search = bar->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) <
                         search->width(),
                     where);
            for (QWidget *filter : bar->findChildren<QWidget *>()) {
                if (filter->isVisibleTo(bar) && filter->parentWidget() == bar)
                    QVERIFY2(
                        bar->rect().contains(filter->geometry()),
                        qPrintable(filter->objectName() + QLatin1Char(' ') + QLatin1String(where)));
            }
        };
        filtersWhole("1366 px");
        // Tab goes through the filters in the order they are shown.
        QStringList tabbed;
        QWidget *stop = bar->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        while (stop && stop->objectName() != QLatin1String("clearFilters")) {
            if (stop->isAncestorOf(bar) || !bar->isAncestorOf(stop))
                break;
            if ((stop->focusPolicy() & Qt::TabFocus) && !stop->objectName().startsWith("qt_"))
                tabbed << stop->objectName();
            stop = stop->nextInFocusChain();
        }
        QCOMPARE(tabbed,
                 QStringList({"searchEdit", "statusFilter", "sourceFilter", "electionFilter",
                              "deadlineFilter", "categoryFilter", "positionFilter", "regencyFilter",
                              "dateFilter", "fromDate", "toDate"}));
        w.resize(1100, 620);
        QApplication::processEvents();
        filtersWhole("1100 px");
        // An entry added once the window is shown (a chart's bar of several statuses) is whole
        // too: the combo widens to it.
        CaseFilter fromChart;
        fromChart.statuses = {Codes::Status::Received, Codes::Status::Registered,
                              Codes::Status::Clarification};
        qobject_cast<FilterBar *>(bar)->setFilter(fromChart);
        QApplication::processEvents();
        QVERIFY(bar->findChild<QComboBox *>(QStringLiteral("statusFilter"))
                    ->currentText()
                    .contains(QLatin1String(", ")));
        filtersWhole("1100 px, statuses from a chart");
        qobject_cast<FilterBar *>(bar)->clear();
        w.resize(1366, 740);
        QApplication::processEvents();
        // The window still fits a 1366x768 laptop.
        QVERIFY2(w.minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        // Too narrow for every column even at their headers' width: the view scrolls, and the
        // persons' column is not cut further for no gain.
        const int fitted = view->columnWidth(CaseTableModel::Reported);
        w.resize(900, 740);
        QApplication::processEvents();
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        QVERIFY(view->columnWidth(CaseTableModel::Reported) >= fitted);
        // A column the user sizes stays as sized when the window is resized.
        header->resizeSection(CaseTableModel::Reported, 300);
        w.resize(1300, 740);
        QApplication::processEvents();
        QCOMPARE(view->columnWidth(CaseTableModel::Reported), 300);
    }

    void todayListsTheMostUrgentAndShowsTheRest()
    {
        // A group of the day's work lists its most urgent cases; when it holds more, its last
        // line tells how many more and shows them all in the register.
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        w.show();
        QApplication::processEvents();
        CaseFilter late;
        late.deadlineState = QStringLiteral("late");
        const qint64 total = CaseRepository(*w.database()).count(late);
        QVERIFY2(total > TodayPanel::MaxPerGroup, qPrintable(QString::number(total)));
        QTreeWidget *list = w.todayPanel()->list();
        QTreeWidgetItem *group = list->topLevelItem(0);
        QCOMPARE(group->text(0), QStringLiteral("Late (%1)").arg(total));
        QCOMPARE(group->childCount(), TodayPanel::MaxPerGroup + 1);
        const auto first =
            CaseRepository(*w.database()).page(late, CaseColumn::NextDue, Qt::AscendingOrder, 0, 1);
        // A case on two lines: its number, then what is due, when, and who.
        const QStringList lines = group->child(0)->text(0).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), first.first().number);
        QVERIFY2(
            lines.at(1).startsWith(
                ProcedureProfile::deadlineLabel(first.first().nextDeadline) + QStringLiteral(", ") +
                QLocale().toString(first.first().nextDue,
                                   nearDateFormat(first.first().nextDue, w.database()->today()))),
            qPrintable(lines.at(1)));
        // The year of a date of this year goes without saying, and leaves room to the name.
        if (first.first().nextDue.year() == w.database()->today().year())
            QVERIFY2(!lines.at(1).contains(QString::number(first.first().nextDue.year())),
                     qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(first.first().reportedName), qPrintable(lines.at(1)));
        QCOMPARE(group->child(0)->toolTip(0), group->child(0)->text(0));
        QTreeWidgetItem *more = group->child(TodayPanel::MaxPerGroup);
        QCOMPARE(more->text(0), QStringLiteral("%1 more: show all in the register")
                                    .arg(total - TodayPanel::MaxPerGroup));
        // Whole in the panel as it opens, beside the groups' indentation, with no scroll bar
        // across.
        QVERIFY2(list->fontMetrics().horizontalAdvance(more->text(0)) + 2 * list->indentation() <=
                     list->viewport()->width(),
                 qPrintable(more->text(0)));
        QCOMPARE(list->horizontalScrollBar()->isVisible(), false);
        // The numbers are whole, and every group shows together on a 768-pixel screen.
        const int room = list->viewport()->width() - 2 * list->indentation();
        for (int i = 0; i < TodayPanel::MaxPerGroup; ++i) {
            const QString number = group->child(i)->text(0).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(list->fontMetrics().horizontalAdvance(number) < room, qPrintable(number));
        }
        // Three full groups (a title, the cases, the line of the rest) fit the panel of a
        // window on a 768-pixel screen, with the heights the lines have here.
        w.resize(1366, 740);
        QApplication::processEvents();
        const int groupHeight = list->visualItemRect(group).height();
        const int caseHeight = list->visualItemRect(group->child(0)).height();
        QVERIFY(caseHeight > groupHeight); // two lines
        const int full = 3 * (groupHeight + TodayPanel::MaxPerGroup * caseHeight +
                              list->visualItemRect(more).height());
        QVERIFY2(full <= list->viewport()->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(full).arg(list->viewport()->height())));

        emit list->itemActivated(more, 0);
        QApplication::processEvents();
        QCOMPARE(w.caseModel()->totalCount(), total);
        QCOMPARE(
            w.findChild<QComboBox *>(QStringLiteral("deadlineFilter"))->currentData().toString(),
            QStringLiteral("late"));
    }

    void switchesLanguage()
    {
        Translator::install(QStringLiteral("id"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        CaseTableModel *model = w.caseModel();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nomor"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("caseCount"))->text(),
                 QStringLiteral("1.200 kasus"));
        w.setLanguage(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Number"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("caseCount"))->text(),
                 QStringLiteral("1,200 cases"));
        w.setLanguage(QStringLiteral("id"));
        QApplication::processEvents();
        QCOMPARE(model->headerData(CaseTableModel::Reported, Qt::Horizontal).toString(),
                 QStringLiteral("Terlapor"));
    }

    void officeSettings()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        // The office settings are the administrator's.
        QVERIFY(GuiTestSupport::signIn(w, m_file, QStringLiteral("admin")));
        SettingsRepository repo(*w.database());
        SettingsDialog dialog(repo, &w);
        auto *office = dialog.findChild<QLineEdit *>(QStringLiteral("office_name"));
        auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("registration_pattern"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("settingsOk"));
        office->setText(QStringLiteral("BAWASLU KABUPATEN SUKOHARJO"));
        dialog.findChild<QLineEdit *>(QStringLiteral("office_code"))
            ->setText(QStringLiteral("13.05"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("numberPreview"))
                    ->text()
                    .contains(QLatin1String("009/Reg/LP/PB/Kab/13.05/")));
        // A pattern without its sequence cannot be kept.
        pattern->setText(QStringLiteral("Reg/{kind}/{year}"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("numberPreview"))
                    ->text()
                    .contains(QLatin1String("{seq}")));
        pattern->setText(QStringLiteral("{seq:4}/Reg/{kind}/{year}"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(repo.setting(QStringLiteral("office_name")),
                 QStringLiteral("BAWASLU KABUPATEN SUKOHARJO"));
        QCOMPARE(repo.setting(QStringLiteral("registration_pattern")),
                 QStringLiteral("{seq:4}/Reg/{kind}/{year}"));
    }

    void chartsAndLedgerFromTheMenus()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        DashboardWindow *dashboard = w.showDashboard();
        QVERIFY(dashboard && dashboard->isVisible());
        // A bar of the chart opens the register filtered to its cases.
        CaseFilter f;
        f.violationCategory = QStringLiteral("media_sosial");
        f.statuses = QStringList{QStringLiteral("diteruskan"), QStringLiteral("dihentikan")};
        emit dashboard->openRegister(f);
        QCOMPARE(w.caseModel()->totalCount(), CaseRepository(*w.database()).count(f));
        QVERIFY(w.caseModel()->totalCount() > 0);
        const QString summary = w.findChild<QLabel *>(QStringLiteral("filterSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("social media")) &&
                     summary.contains(QLatin1String("Stopped")),
                 qPrintable(summary));
        LedgerWindow *ledger = w.showLedger();
        QVERIFY(ledger && ledger->isVisible());
        QVERIFY(ledger->tree()->model()->rowCount() > 0);
    }

    // File > Print the list of cases: the cases the register shows, in a print preview on
    // landscape pages; past a thousand cases the officer is asked first, and Cancel prints
    // nothing.
    void printsTheListShown()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        w.show();
        auto *print = w.findChild<QAction *>(QStringLiteral("printListAction"));
        QVERIFY(print && print->isEnabled());
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        // Also on a right click in the register, under the case's own action.
        QCOMPARE(w.caseView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(w.caseView()->actions().contains(print));
        QVERIFY(w.caseView()->actions().indexOf(print) > 0);

        CaseFilter late;
        late.deadlineState = QStringLiteral("late");
        w.caseModel()->setFilter(late);
        const qint64 shown = w.caseModel()->totalCount();
        QVERIFY(shown > 20 && shown <= MainWindow::PrintListAsksAbove);
        QString opened;
        int pages = 0;
        bool landscape = false;
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            opened = preview->objectName();
            landscape = preview->printer()->pageLayout().orientation() == QPageLayout::Landscape;
            if (auto *pagesView = preview->findChild<QPrintPreviewWidget *>())
                pages = pagesView->pageCount();
            preview->reject();
        });
        print->trigger();
        QCOMPARE(opened, QStringLiteral("registerListPreview"));
        QVERIFY(landscape);
        // One line a case, some 20 to 30 a page: more than one page for them all.
        QVERIFY2(pages > 1 && pages <= shown, qPrintable(QString::number(pages)));

        // All 1,200: asked first; cancelled, no preview.
        w.caseModel()->setFilter(CaseFilter());
        QString asked;
        opened.clear();
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            QTimer::singleShot(0, [&] {
                if (auto *preview =
                        qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
                    opened = preview->objectName();
                    preview->reject();
                }
            });
            box->button(QMessageBox::Cancel)->click();
        });
        print->trigger();
        QVERIFY2(asked.contains(QLatin1String("1,200 cases")), qPrintable(asked));
        QVERIFY(opened.isEmpty());
    }

    void refusesForeignFileAndKeepsCurrent()
    {
        Translator::install(QStringLiteral("en"));
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.netra"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        QString shown;
        QTimer::singleShot(0, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!w.openFile(bogus));
        QVERIFY(shown.contains(QLatin1String("not a Netra data file")));
        QCOMPARE(w.database()->path(), m_file);
        QCOMPARE(w.caseModel()->totalCount(), qint64(Cases));
    }
    // File > Export register (Excel, CSV)… writes the cases the register shows, in the format
    // chosen in the save dialog, answered as an officer does: the format picked, the name typed.
    // The workbook and the CSV for a spreadsheet set to Indonesian each hold exactly the cases
    // of the register's filter.
    void exportsWhatTheRegisterShows()
    {
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file));
        w.show();
        GuiTestSupport::activate(&w);
        CaseFilter late;
        late.deadlineState = QStringLiteral("late");
        w.caseModel()->setFilter(late);
        const qint64 shown = w.caseModel()->totalCount();
        QVERIFY(shown > 0 && shown < Cases);
        QSet<QString> expected;
        CaseRepository(*w.database()).forEach(late, [&](const Case &c) {
            expected.insert(c.registrationNumber.isEmpty() ? c.receiptNumber
                                                           : c.registrationNumber);
            return true;
        });
        QCOMPARE(qint64(expected.size()), shown);
        auto *action = w.findChild<QAction *>(QStringLiteral("exportCsvAction"));
        QVERIFY(action && action->isEnabled());
        const auto exportAs = [&](const QString &format, const QString &name) {
            QString title, messages;
            GuiTestSupport::whenDialog(
                [&](QWidget *d) {
                    auto *dialog = qobject_cast<QFileDialog *>(d);
                    QVERIFY(dialog);
                    title = dialog->windowTitle();
                    const QStringList filters = dialog->nameFilters();
                    const auto chosen =
                        std::find_if(filters.begin(), filters.end(),
                                     [&](const QString &f) { return f.contains(format); });
                    QVERIFY2(chosen != filters.end(), qPrintable(filters.join('|')));
                    dialog->selectNameFilter(*chosen);
                    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    QVERIFY(edit);
                    edit->setText(m_dir.filePath(name));
                    static_cast<QDialog *>(dialog)->accept();
                },
                &messages);
            action->trigger();
            QVERIFY2(title.contains(QString::number(shown)), qPrintable(title));
            QVERIFY2(messages.isEmpty(), qPrintable(messages));
        };

        // The CSV for Excel set to Indonesian: a byte-order mark, semicolons, the cases shown.
        exportAs(QStringLiteral("semicolons"), QStringLiteral("late"));
        QFile csv(m_dir.filePath(QStringLiteral("late.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFnomor;jenis;"));
        const RegisterCsv::ReadResult read = RegisterCsv::read(bytes, QDate(2026, 11, 23));
        QSet<QString> inCsv;
        for (const RegisterCsv::ParsedCase &pc : read.cases)
            inCsv.insert(pc.number);
        QCOMPARE(inCsv, expected);
        QCOMPARE(read.cases.size(), int(shown));

        // The workbook: a row per person reported, each case of the filter and no other.
        exportAs(QStringLiteral("Excel workbook"), QStringLiteral("late"));
        const QString xlsx = m_dir.filePath(QStringLiteral("late.xlsx"));
        const XlsxSheet sheet = XlsxSheet::read(xlsx);
        const QStringList numbers = sheet.values(QStringLiteral("nomor"));
        QCOMPARE(numbers.size(), read.rows);
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()), expected);
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("late.xlsx")));
    }
};

QTEST_MAIN(TestRegisterWindow)
#include "TestRegisterWindow.moc"
