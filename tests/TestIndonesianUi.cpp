// The Indonesian UI: every window and dialog of the desk, and Qt's own dialogs Netra opens (message
// boxes with standard buttons, the file dialog, the wizard, print preview and setup, the context
// menus of text fields), walked widget by widget in Indonesian: no button, label or action may
// hold one of Qt's English standard texts ("OK" is Indonesian too).
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "admin/SettingsDialog.h"
#include "admin/UsersDialog.h"
#include "case/CaseWindow.h"
#include "case/PartyTableEditor.h"
#include "case/StepDialog.h"
#include "common/FileDialogs.h"
#include "common/PrintPreview.h"
#include "dashboard/DashboardWindow.h"
#include "domain/ProcedureProfile.h"
#include "exchange/ImportCsvWizard.h"
#include "exchange/PackageDialog.h"
#include "hearings/HearingDialog.h"
#include "hearings/HearingsPanel.h"
#include "hearings/MinutesWindow.h"
#include "ledger/FollowUpDialog.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerWindow.h"
#include "ledger/LetterBookWindow.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "session/ConnectDialog.h"
#include "session/LoginDialog.h"
#include "session/RestoreDialog.h"
#include "store/HearingRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>
#include <QXmlStreamReader>

using namespace TestSupport;

namespace {

// Qt's English standard texts, as a user would see them (mnemonics, colons, arrows and dots off).
const QStringList English = {
    QStringLiteral("Cancel"),
    QStringLiteral("Close"),
    QStringLiteral("Save"),
    QStringLiteral("Discard"),
    QStringLiteral("Don't Save"),
    QStringLiteral("Close without Saving"),
    QStringLiteral("Apply"),
    QStringLiteral("Reset"),
    QStringLiteral("Restore Defaults"),
    QStringLiteral("Yes"),
    QStringLiteral("No"),
    QStringLiteral("Yes to All"),
    QStringLiteral("No to All"),
    QStringLiteral("Save All"),
    QStringLiteral("Abort"),
    QStringLiteral("Retry"),
    QStringLiteral("Ignore"),
    QStringLiteral("Help"),
    QStringLiteral("Back"),
    QStringLiteral("Next"),
    QStringLiteral("Finish"),
    QStringLiteral("Commit"),
    QStringLiteral("Continue"),
    QStringLiteral("Done"),
    QStringLiteral("Go Back"),
    QStringLiteral("Open"),
    QStringLiteral("Choose"),
    QStringLiteral("Look in"),
    QStringLiteral("File name"),
    QStringLiteral("Files of type"),
    QStringLiteral("Directory"),
    QStringLiteral("New Folder"),
    QStringLiteral("Detail View"),
    QStringLiteral("List View"),
    QStringLiteral("Parent Directory"),
    QStringLiteral("Go back"),
    QStringLiteral("Go forward"),
    QStringLiteral("Create New Folder"),
    QStringLiteral("Show Details"),
    QStringLiteral("Hide Details"),
    QStringLiteral("Undo"),
    QStringLiteral("Redo"),
    QStringLiteral("Cut"),
    QStringLiteral("Copy"),
    QStringLiteral("Paste"),
    QStringLiteral("Delete"),
    QStringLiteral("Select All"),
    QStringLiteral("Print"),
    QStringLiteral("Print Preview"),
    QStringLiteral("Page Setup"),
    QStringLiteral("Page setup"),
    QStringLiteral("Zoom in"),
    QStringLiteral("Zoom out"),
    QStringLiteral("Next page"),
    QStringLiteral("Previous page"),
    QStringLiteral("First page"),
    QStringLiteral("Last page"),
    QStringLiteral("Export to PDF"),
    QStringLiteral("Portrait"),
    QStringLiteral("Landscape"),
    QStringLiteral("Paper"),
    QStringLiteral("Margins"),
    QStringLiteral("Orientation"),
    QStringLiteral("Page size"),
    QStringLiteral("Width"),
    QStringLiteral("Height"),
    QStringLiteral("Enter a value"),
    QStringLiteral("Step up"),
    QStringLiteral("Step down"),
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.startsWith(QLatin1String("< ")))
        text = text.mid(2);
    if (text.endsWith(QLatin1String(" >")))
        text.chop(2);
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

void check(QStringList &found, const QString &where, const QString &text)
{
    const QString p = plain(text);
    if (English.contains(p))
        found << QStringLiteral("%1: \"%2\"").arg(where, text);
}

// A button, a group or a tab in title case ("Jangan Simpan", "Tata Letak Halaman"), where Netra
// and Qt's texts in Indonesian are in sentence case ("Jangan simpan"). Acronyms ("PDF"), names
// and "Anda", always capitalised, are not counted.
const QStringList Names = {QStringLiteral("Anda"), QStringLiteral("Netra"),
                           QStringLiteral("Bawaslu"), QStringLiteral("Qt"),
                           QStringLiteral("Excel")};

void checkSentenceCase(QStringList &found, const QString &where, const QString &text)
{
    QString p = plain(text);
    p.remove(QLatin1Char('&'));
    const QStringList words = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 1; i < words.size(); ++i) {
        QString w = words.at(i);
        while (!w.isEmpty() && !w.back().isLetterOrNumber())
            w.chop(1);
        if (w.size() > 1 && w.at(0).isUpper() && w.at(1).isLower() && !Names.contains(w) &&
            !words.at(i - 1).endsWith(QLatin1Char('.'))) {
            found << QStringLiteral("%1 in title case: \"%2\"").arg(where, text);
            return;
        }
    }
}

void collectActions(QStringList &found, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        check(found, where + QStringLiteral(" action"), a->text());
        if (a->menu())
            collectActions(found, where, a->menu()->actions());
    }
}

// What fits a 1366×768 laptop: the screen less its panel and the window's title bar.
const QSize Laptop(1366, 700);

// Every English standard text in `root` and its children, named by where it is; and what else a
// new user would find wrong: a date field with a two-digit year, a window taller or wider than a
// laptop's screen by default or at its smallest.
QStringList english(QWidget *root)
{
    QStringList found;
    const QString where = QString::fromLatin1(root->metaObject()->className());
    if (root->isWindow()) {
        const QSize size = root->size();
        const QSize least = root->minimumSizeHint().expandedTo(root->minimumSize());
        if (size.width() > Laptop.width() || size.height() > Laptop.height())
            found << QStringLiteral("%1: opens at %2×%3")
                         .arg(where)
                         .arg(size.width())
                         .arg(size.height());
        if (least.width() > Laptop.width() || least.height() > Laptop.height())
            found << QStringLiteral("%1: needs at least %2×%3")
                         .arg(where)
                         .arg(least.width())
                         .arg(least.height());
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (auto *d = qobject_cast<QDateTimeEdit *>(w)) {
            if (!d->displayFormat().contains(QLatin1String("yyyy")))
                found << QStringLiteral("%1 date field %2: \"%3\"")
                             .arg(where, d->objectName(), d->displayFormat());
        }
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            check(found, where + QStringLiteral(" button"), b->text());
            checkSentenceCase(found, where + QStringLiteral(" button"), b->text());
        }
        if (auto *l = qobject_cast<QLabel *>(w))
            check(found, where + QStringLiteral(" label"), l->text());
        if (auto *g = qobject_cast<QGroupBox *>(w)) {
            check(found, where + QStringLiteral(" group"), g->title());
            checkSentenceCase(found, where + QStringLiteral(" group"), g->title());
        }
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i) {
                check(found, where + QStringLiteral(" tab"), t->tabText(i));
                checkSentenceCase(found, where + QStringLiteral(" tab"), t->tabText(i));
            }
        collectActions(found, where, w->actions());
    }
    for (QAction *a : root->findChildren<QAction *>())
        check(found, where + QStringLiteral(" action"), a->text());
    // A form's labels end with a colon, as in the case window and the settings.
    for (const QFormLayout *form : root->findChildren<QFormLayout *>())
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            const auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label && !label->text().isEmpty() && !label->text().endsWith(QLatin1Char(':')))
                found << QStringLiteral("%1 label without its colon: \"%2\"")
                             .arg(where, label->text());
        }
    found.removeDuplicates();
    return found;
}

// With NETRA_TEST_SHOTS=DIR, each window checked is kept there as an image, for a look (under
// Xvfb with QT_QPA_PLATFORM=xcb, for the desktop's own fonts).
void keepShot(QWidget *widget)
{
    const QString dir = qEnvironmentVariable("NETRA_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QWidget *window = widget->window();
    QApplication::processEvents();
    window->grab().save(QDir(dir).filePath(
        QString::fromLatin1(window->metaObject()->className()) + QLatin1Char('-') +
        (window->objectName().isEmpty() ? QStringLiteral("window") : window->objectName()) +
        QStringLiteral(".png")));
}

#define VERIFY_INDONESIAN(widget)                                                                  \
    do {                                                                                           \
        keepShot(widget);                                                                          \
        const QStringList found_ = english(widget);                                                \
        QVERIFY2(found_.isEmpty(), qPrintable(found_.join(QStringLiteral("; "))));                 \
    } while (false)

} // namespace

class TestIndonesianUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<Database> signedIn(const QString &login)
    {
        QString error;
        auto db = Database::open(m_file, Database::Mode::OpenExisting, &error);
        if (db && !UserRepository(*db).login(login, QLatin1String(Password), &error))
            qWarning("%s", qPrintable(error));
        return db;
    }
    // A case of the demo that has hearings, and one that was forwarded.
    qint64 caseWithHearings(Database &db)
    {
        const QList<CaseRow> rows =
            CaseRepository(db).page(CaseFilter(), CaseColumn::Number, Qt::AscendingOrder, 0, 1000);
        for (const CaseRow &r : rows)
            if (!HearingRepository(db).hearings(r.id).isEmpty())
                return r.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translator::install(QStringLiteral("id")));
        m_file = m_dir.filePath(QStringLiteral("office.netra"));
        auto db = openNew(m_file);
        QVERIFY(db);
        DemoGenerator::Options o;
        o.cases = 60;
        o.seed = 7;
        o.today = QDate(2024, 12, 31);
        QString error;
        QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
    }

    // The catalogues hold what the sources say, each message translated: netra_en.ts is the
    // sources' own English (a source reworded by hand in the .ts files, without
    // scripts/update-translations.sh, kept its old English: "from 0 (never) to 240; %1"), and
    // netra_id.ts translates the same messages, none left unfinished.
    void cataloguesFollowTheSources()
    {
        const auto read = [](const QString &language, QStringList *problems) {
            QFile file(QStringLiteral(NETRA_SOURCE "/translations/netra_%1.ts").arg(language));
            if (!file.open(QIODevice::ReadOnly)) {
                *problems << file.fileName() + QStringLiteral(": not readable");
                return QSet<QString>();
            }
            QSet<QString> sources;
            QXmlStreamReader xml(&file);
            QString source;
            bool numerus = false;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message")) {
                    numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                    sources.insert(source);
                } else if (xml.name() == QLatin1String("translation")) {
                    const bool unfinished = xml.attributes().value(QLatin1String("type")) ==
                                            QLatin1String("unfinished");
                    const QString text =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (unfinished || text.trimmed().isEmpty())
                        *problems << language + QStringLiteral(" untranslated: ") + source;
                    else if (language == QLatin1String("en") && !numerus && text != source)
                        *problems << QStringLiteral("en differs from its source: ") + source;
                }
            }
            if (xml.hasError())
                *problems << file.fileName() + QStringLiteral(": ") + xml.errorString();
            return sources;
        };
        QStringList problems;
        const QSet<QString> english = read(QStringLiteral("en"), &problems);
        const QSet<QString> indonesian = read(QStringLiteral("id"), &problems);
        QVERIFY(english.size() > 1000);
        for (const QString &s : english - indonesian)
            problems << QStringLiteral("not in netra_id.ts: ") + s;
        for (const QString &s : indonesian - english)
            problems << QStringLiteral("not in netra_en.ts: ") + s;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Qt's own standard texts come from Netra's catalogue (Debian ships no qtbase_id).
    void qtTextsAreIndonesian()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
        QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), QStringLiteral("< &Kembali"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"),
                 QStringLiteral("Cari di:"));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), QStringLiteral("&Tempel"));
        // Switching to English and back takes them along.
        QVERIFY(Translator::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY(Translator::install(QStringLiteral("id")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
    }

    void messageBoxes()
    {
        const QList<QMessageBox::StandardButtons> sets = {
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Yes | QMessageBox::No | QMessageBox::YesToAll | QMessageBox::NoToAll,
            QMessageBox::Ok | QMessageBox::Close | QMessageBox::Apply | QMessageBox::Reset,
            QMessageBox::RestoreDefaults | QMessageBox::Help | QMessageBox::Retry |
                QMessageBox::Ignore | QMessageBox::Abort | QMessageBox::Open | QMessageBox::SaveAll,
        };
        for (QMessageBox::StandardButtons buttons : sets) {
            QMessageBox box(QMessageBox::Question, QStringLiteral("Netra"),
                            QStringLiteral("Simpan perubahan?"), buttons);
            box.setDetailedText(QStringLiteral("rincian"));
            box.show();
            VERIFY_INDONESIAN(&box);
            QCOMPARE(box.button(QMessageBox::Cancel) ? box.button(QMessageBox::Cancel)->text()
                                                     : QStringLiteral("Batal"),
                     QStringLiteral("Batal"));
        }
        QDialogButtonBox bb(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        VERIFY_INDONESIAN(&bb);
        QInputDialog input;
        input.show();
        VERIFY_INDONESIAN(&input);
    }

    void fileDialogs()
    {
        for (QFileDialog::AcceptMode mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
            QFileDialog dialog(nullptr, QStringLiteral("Berkas data"), m_dir.path(),
                               QStringLiteral("Berkas data Netra (*.netra)"));
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setAcceptMode(mode);
            FileDialogs::localise(dialog); // as Netra opens each of its file dialogs
            dialog.show();
            VERIFY_INDONESIAN(&dialog);
            auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
            QVERIFY(lookIn);
            QCOMPARE(lookIn->text(), QStringLiteral("Cari di:"));
            dialog.reject();
        }
    }

    // Qt writes a file's size and date in the system's locale (here C: "1.25 MiB", "7 Dec");
    // Netra's file dialogs write them in Indonesian, the date column wide enough for them.
    void fileDialogListsInIndonesian()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("laporan.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1310720, 'x'));
        file.flush();
        QVERIFY(file.setFileTime(QDateTime(QDate(2026, 12, 7), QTime(21, 16)),
                                 QFileDevice::FileModificationTime));
        file.close();
        QFileDialog dialog(nullptr, QStringLiteral("Lampiran"), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        FileDialogs::localise(dialog);
        dialog.show();
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(tree);
        auto *model = qobject_cast<QFileSystemModel *>(tree->model());
        QVERIFY(model);
        auto *delegate = qobject_cast<FileListDelegate *>(tree->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex name = model->index(file.fileName());
        QTRY_COMPARE(delegate->text(name.siblingAtColumn(1)), QStringLiteral("1,25 MiB"));
        const QString date = delegate->text(name.siblingAtColumn(3));
        QCOMPARE(date, QStringLiteral("7 Des 2026 21.16"));
        QVERIFY(model->data(name.siblingAtColumn(3)).toString().contains(QLatin1String("Dec")));
        QVERIFY(tree->header()->sectionSize(3) > tree->fontMetrics().horizontalAdvance(date));
        QVERIFY(delegate->text(name).isNull()); // the name as Qt shows it
    }

    void textContextMenus()
    {
        QLineEdit line(QStringLiteral("teks"));
        std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
        QStringList found;
        collectActions(found, QStringLiteral("QLineEdit menu"), lineMenu->actions());
        QTextEdit text(QStringLiteral("teks"));
        std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
        collectActions(found, QStringLiteral("QTextEdit menu"), textMenu->actions());
        QPlainTextEdit plainText(QStringLiteral("teks"));
        std::unique_ptr<QMenu> plainMenu(plainText.createStandardContextMenu());
        collectActions(found, QStringLiteral("QPlainTextEdit menu"), plainMenu->actions());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
        QVERIFY(!lineMenu->actions().isEmpty());
    }

    void printDialogs()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        QPrintPreviewDialog preview(&printer);
        PrintPreview::localise(preview); // as Netra opens each of its previews
        preview.show();
        VERIFY_INDONESIAN(&preview);
        // Its zoom in Indonesian figures: "100%" or "54,3%", never "100.0%".
        auto *zoom = preview.findChild<QComboBox *>();
        QVERIFY(zoom && zoom->lineEdit());
        QTRY_VERIFY2(
            zoom->lineEdit()->text().contains(QRegularExpression(QStringLiteral("^\\d+(,\\d)?%$"))),
            qPrintable(zoom->lineEdit()->text()));
        QPageSetupDialog setup(&printer);
        VERIFY_INDONESIAN(&setup);
        // A margin as Indonesian writes a measure: "3,53 mm", not "3,53mm".
        auto *top = setup.findChild<QDoubleSpinBox *>(QStringLiteral("topMargin"));
        QVERIFY(top);
        QVERIFY2(top->text().endsWith(QLatin1String(" mm")), qPrintable(top->text()));
    }

    void importWizard()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        ImportCsvWizard wizard(*db);
        wizard.show();
        for (QWizard::WizardButton b :
             {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
              QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton})
            QVERIFY(wizard.button(b));
        VERIFY_INDONESIAN(&wizard);
        QVERIFY(wizard.button(QWizard::BackButton)->text().contains(QStringLiteral("Kembali")));
        QVERIFY(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Lanjut")));
    }

    void desk()
    {
        auto main = std::make_unique<MainWindow>();
        QVERIFY(GuiTestSupport::signIn(*main, m_file, QStringLiteral("koordinator")));
        main->show();
        VERIFY_INDONESIAN(main.get());
        // The case count and the signed-in user are set apart by a line, not run together.
        auto *user = main->findChild<QLabel *>(QStringLiteral("signedInUser"));
        QVERIFY(user && user->isVisible());
        const QImage status = user->parentWidget()->grab().toImage();
        const int middle = user->geometry().center().y();
        QVERIFY(status.pixel(user->x(), middle) != status.pixel(user->x() - 3, middle));
        // A period filtered on is spelled out as the lists write dates ("7 Nov 2026", not
        // "07/11/26").
        auto *bar = main->findChild<QWidget *>(QStringLiteral("filterBar"));
        bar->findChild<QCheckBox *>(QStringLiteral("dateFilter"))->setChecked(true);
        const QString summary = bar->findChild<QLabel *>(QStringLiteral("filterSummary"))->text();
        const QDate to = bar->findChild<QDateEdit *>(QStringLiteral("toDate"))->date();
        QVERIFY2(summary.contains(
                     QRegularExpression(QStringLiteral("\\d [A-Z][a-z]{2} %1$").arg(to.year()))),
                 qPrintable(summary));
        bar->findChild<QCheckBox *>(QStringLiteral("dateFilter"))->setChecked(false);

        Database &db = *main->database();
        const qint64 id = caseWithHearings(db);
        QVERIFY(id);
        CaseWindow *w = main->openCase(id);
        QVERIFY(w);
        VERIFY_INDONESIAN(w);
        {
            // The persons invited, in the case window as it opens (1000 pixels wide): every
            // column in sight, the minutes' state last ("ditandat…" was cut behind a scroll bar),
            // the longest texts cut first and whole in their tooltips.
            auto *panel = w->findChild<HearingsPanel *>(QStringLiteral("hearingsPanel"));
            QVERIFY(panel);
            w->findChild<QTabWidget *>(QStringLiteral("caseTabs"))->setCurrentWidget(panel);
            w->resize(1000, 680);
            QApplication::processEvents();
            auto *invited = panel->findChild<QTableWidget *>(QStringLiteral("attendeeTable"));
            QVERIFY(invited && invited->rowCount() > 0);
            QCOMPARE(invited->horizontalScrollBar()->maximum(), 0);
            for (int column = 0; column < invited->columnCount(); ++column) {
                const QTableWidgetItem *cell = invited->item(0, column);
                QVERIFY(cell);
                if (!invited->isColumnHidden(column) && !cell->text().isEmpty())
                    QVERIFY2(cell->toolTip().contains(cell->text()) ||
                                 cell->foreground().color() != invited->palette().text().color(),
                             qPrintable(cell->text()));
            }
        }

        const Case c = *CaseRepository(db).load(id);
        const QList<Hearing> hearings = HearingRepository(db).hearings(id);
        QVERIFY(!hearings.isEmpty());
        HearingDialog hearing(db, c, hearings.first());
        hearing.show();
        VERIFY_INDONESIAN(&hearing);
        // The platform and the reason only for a hearing held online; in person, their room goes
        // to the persons to be heard: four of them whole at the dialog's size.
        auto *online = hearing.findChild<QCheckBox *>(QStringLiteral("hearingOnline"));
        auto *platform = hearing.findChild<QLineEdit *>(QStringLiteral("hearingPlatform"));
        QVERIFY(online && platform);
        online->setChecked(true);
        QVERIFY(platform->isVisible());
        online->setChecked(false);
        QVERIFY(!platform->isVisible());
        auto *persons = hearing.findChild<QTableWidget *>(QStringLiteral("personList"));
        QVERIFY(persons && persons->rowCount() > 0);
        QTRY_VERIFY2(persons->viewport()->height() >= 4 * persons->rowHeight(0),
                     qPrintable(QString::number(persons->viewport()->height())));
        // A hearing's time in the Indonesian form, as its letters write it: "14.00 WIB", never
        // "14:00 WIB", in the dialog, the case's list of hearings and the minutes' header.
        const QRegularExpression clock(QStringLiteral(" \\d{2}\\.\\d{2} WI(B|TA|T)$"));
        const QString when =
            hearing.findChild<QDateTimeEdit *>(QStringLiteral("hearingDateTime"))->text();
        QVERIFY2(clock.match(when).hasMatch(), qPrintable(when));
        const QAbstractItemModel *list =
            w->findChild<QTreeView *>(QStringLiteral("hearingList"))->model();
        QVERIFY(list->rowCount() > 0);
        const QString listed = list->index(0, 0).data().toString();
        QVERIFY2(clock.match(listed).hasMatch(), qPrintable(listed));
        QVERIFY(!hearings.first().attendees.isEmpty());
        {
            // Gone before the main window closes the file it writes to.
            MinutesWindow minutes(db, hearings.first().attendees.first().id);
            minutes.show();
            VERIFY_INDONESIAN(&minutes);
            const QString header =
                minutes.findChild<QLabel *>(QStringLiteral("minutesHeader"))->text();
            QVERIFY2(header.contains(QRegularExpression(QStringLiteral(" \\d{2}\\.\\d{2} WI"))),
                     qPrintable(header));
        }

        const ProcedureProfile *profile =
            ProfileRegistry::shipped().forCase(c.election, c.receivedDate);
        QVERIFY(profile);
        for (Step::Kind kind : {Step::Kind::Register, Step::Kind::Forward, Step::Kind::Stop}) {
            StepDialog step(c, kind, *profile, QDate(2024, 12, 31));
            step.show();
            VERIFY_INDONESIAN(&step);
        }

        DashboardWindow *dashboard = main->showDashboard();
        QVERIFY(dashboard);
        VERIFY_INDONESIAN(dashboard);
        LedgerWindow *ledger = main->showLedger();
        QVERIFY(ledger);
        VERIFY_INDONESIAN(ledger);
        // Every action of its toolbar in sight in an 800-pixel window, none behind "»": the
        // letter's PDF and issue are in its button's menu.
        ledger->resize(800, ledger->height());
        QApplication::processEvents();
        auto *more = ledger->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(more);
        QVERIFY2(!more->isVisible(), "behind »");
        auto *letter = ledger->findChild<QToolButton *>(QStringLiteral("followUpLetterButton"));
        QVERIFY(letter && letter->menu());
        // As it opens on a 1366-pixel laptop (1200 pixels wide), the ledger shows who, how each
        // follow-up stands, how late, by when and what was recommended, without scrolling.
        ledger->resize(1200, ledger->height());
        QApplication::processEvents();
        auto *ledgerTree = ledger->findChild<QTreeView *>(QStringLiteral("ledgerTree"));
        QVERIFY(ledgerTree && ledgerTree->model()->rowCount() > 0);
        for (int column = LedgerModel::CaseNumber; column <= LedgerModel::SanctionRecommended;
             ++column) {
            QHeaderView *head = ledgerTree->header();
            QVERIFY2(head->sectionViewportPosition(column) + head->sectionSize(column) <=
                         ledgerTree->viewport()->width(),
                     qPrintable(head->model()->headerData(column, Qt::Horizontal).toString()));
        }
        QCOMPARE(letter->menu()->actions().size(), 2);
        // Each of the ledger's Alt keys does one thing: its toolbar's actions and the labels'
        // buddies have mnemonics of their own ("&Tampilkan" and "&Terbitkan surat" shared T).
        QStringList keys;
        auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            return at < 0 ? QString() : text.mid(at + 1, 1).toLower();
        };
        for (QAction *a : ledger->findChild<QToolBar *>()->actions())
            keys << mnemonic(a->text());
        for (QLabel *l : ledger->findChildren<QLabel *>())
            keys << (l->buddy() ? mnemonic(l->text()) : QString());
        keys.removeAll(QString());
        const QStringList unique(QSet<QString>(keys.cbegin(), keys.cend()).values());
        QVERIFY2(unique.size() == keys.size(), qPrintable(keys.join(QLatin1Char(' '))));
        const QList<LedgerRow> rows = LedgerRepository(db).rows();
        QVERIFY(!rows.isEmpty());
        FollowUpDialog followUp(db, rows.first(), 30);
        followUp.show();
        VERIFY_INDONESIAN(&followUp);
        LetterBookWindow letters(db);
        letters.show();
        VERIFY_INDONESIAN(&letters);

        PackageExportDialog exportPackage(db);
        exportPackage.show();
        VERIFY_INDONESIAN(&exportPackage);
        PackageImportDialog importPackage(db);
        importPackage.show();
        VERIFY_INDONESIAN(&importPackage);
        main->close();
    }

    // Case numbers in the today panel and NIPs in the persons table are never cut: their columns
    // are as wide as the text, and the whole text is in the tooltip.
    void numbersNeverCut()
    {
        auto main = std::make_unique<MainWindow>();
        QVERIFY(GuiTestSupport::signIn(*main, m_file, QStringLiteral("koordinator")));
        main->show();
        QTreeWidget *today = main->todayPanel()->list();
        int shown = 0;
        for (int g = 0; g < today->topLevelItemCount(); ++g) {
            for (int i = 0; i < today->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem *item = today->topLevelItem(g)->child(i);
                if (!item->data(0, TodayPanel::CaseIdRole).isValid())
                    continue; // a group's last line, "N more", is no case
                // The number alone on the first line, whole.
                const QString number = item->text(0).section(QLatin1Char('\n'), 0, 0);
                QVERIFY2(number.contains(QLatin1Char('/')) && !number.contains(QLatin1Char(' ')),
                         qPrintable(number));
                QVERIFY(today->fontMetrics().horizontalAdvance(number) <=
                        today->viewport()->width() - 2 * today->indentation());
                QVERIFY(item->toolTip(0).contains(number));
                ++shown;
            }
        }
        QVERIFY(shown > 0);

        Database &db = *main->database();
        CaseRepository repo(db);
        PartyTableEditor persons(repo);
        Case c = TestSupport::sampleCase();
        Party senior = c.parties.first();
        senior.name = QStringLiteral("Lasmaria Syahputra, S.Kep.");
        senior.nip.clear();
        senior.positionTitle = QStringLiteral("Asisten Administrasi Perkantoran");
        senior.positionCategory = QStringLiteral("jpt");
        c.parties << senior;
        persons.setParties(c.parties);
        persons.resize(980, 300); // the case window's table at 1,000 pixels
        persons.show();
        auto *table = persons.findChild<QTableWidget *>(QStringLiteral("partyTable"));
        QVERIFY(table);
        const int nip = PartyTableEditor::NipColumn;
        const QString text = table->item(0, nip)->text();
        QCOMPARE(text, QStringLiteral("19860926 201505 2 001"));
        QVERIFY2(table->fontMetrics().horizontalAdvance(text) + 6 <= table->columnWidth(nip),
                 qPrintable(QString::number(table->columnWidth(nip))));
        QCOMPARE(table->item(0, nip)->toolTip(), text);
        // Each position title and category whole ("Asisten Admi...", "Jabatan pimpina..." were
        // cut beside a name's column as wide as the rest allowed).
        for (int column :
             {int(PartyTableEditor::TitleColumn), int(PartyTableEditor::CategoryColumn)}) {
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString cell = table->item(row, column)->text();
                QVERIFY2(table->fontMetrics().horizontalAdvance(cell) + 6 <=
                             table->columnWidth(column),
                         qPrintable(cell));
            }
        }
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // Narrower (a case window on an 800-pixel screen), the columns give up room rather than
        // scroll sideways, which hid the second person behind the scroll bar.
        persons.resize(760, 300);
        QApplication::processEvents();
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        main->close();
    }

    void administration()
    {
        auto db = signedIn(QStringLiteral("admin"));
        SettingsRepository repo(*db);
        QString error;
        const QString office = QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO");
        QVERIFY2(repo.setSetting(QStringLiteral("office_name"), office, &error), qPrintable(error));
        SettingsDialog settings(repo);
        settings.show();
        VERIFY_INDONESIAN(&settings);
        // A name longer than its field is shown from its start ("BADAN PENG..."), not its end.
        auto *name = settings.findChild<QLineEdit *>(QStringLiteral("office_name"));
        QVERIFY(name);
        QCOMPARE(name->text(), office);
        QCOMPARE(name->cursorPosition(), 0);
        // The idle lock in minutes, 0 read as never, saved as the number.
        auto *lock = settings.findChild<QSpinBox *>(QStringLiteral("idle_lock_minutes"));
        QVERIFY(lock);
        QCOMPARE(lock->value(), 10); // none set: the desk's own 10 minutes
        QCOMPARE(lock->text(), QStringLiteral("10 menit"));
        lock->setValue(0);
        QCOMPARE(lock->text(), QStringLiteral("Tidak pernah"));
        settings.accept();
        QCOMPARE(repo.setting(QStringLiteral("idle_lock_minutes")), QStringLiteral("0"));
        UsersDialog users(*db);
        users.show();
        VERIFY_INDONESIAN(&users);
        // The administrator's last sign-in as the app's lists write a date, its month named and
        // its year whole ("7 Des 2026 10.37", not "07/12/26 10.37").
        auto *list = users.findChild<QTableWidget *>();
        QVERIFY(list);
        const QString year = QString::number(QDate::currentDate().year());
        bool signedIn = false;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 0)->text() == QLatin1String("admin")) {
                const QString last = list->item(row, list->columnCount() - 1)->text();
                QVERIFY2(
                    QRegularExpression(
                        QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} %1 \\d{2}\\.\\d{2}$").arg(year))
                        .match(last)
                        .hasMatch(),
                    qPrintable(last));
                signedIn = true;
            }
            // One who never signed in says so, where the cell was empty.
            if (list->item(row, 0)->text() == QLatin1String("pemantau"))
                QCOMPARE(list->item(row, list->columnCount() - 1)->text(),
                         QStringLiteral("Belum pernah"));
        }
        QVERIFY(signedIn);
        RestoreDialog restore(m_file);
        restore.show();
        VERIFY_INDONESIAN(&restore);
        // When a backup was made, as the rest of the desk writes it ("Senin, 7 Desember 2026
        // 13.26"), not "Senin, 07 Desember 2026 13.26.26 UTC".
        auto *backups = restore.findChild<QTreeWidget *>();
        QVERIFY(backups && backups->topLevelItemCount() > 0);
        const QString made = backups->topLevelItem(0)->text(0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]+, [1-9]\\d? [A-Z][a-z]+ \\d{4} "
                                                   "\\d{2}\\.\\d{2}$"))
                     .match(made)
                     .hasMatch(),
                 qPrintable(made));
        LoginDialog login(*db, LoginDialog::Mode::SignIn);
        login.show();
        VERIFY_INDONESIAN(&login);
        ConnectDialog connect(QStringLiteral("postgresql://petugas@kantor/netra"));
        connect.show();
        VERIFY_INDONESIAN(&connect);
    }

    void cleanupTestCase() { Translator::install(QStringLiteral("en")); }
};

QTEST_MAIN(TestIndonesianUi)
#include "TestIndonesianUi.moc"
