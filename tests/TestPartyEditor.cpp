// The persons of a case in the intake form, offscreen: what is typed is what is saved, the NIP is
// checked as it is typed, known agencies are offered, and removing a named person asks first.
#include "TestSupport.h"
#include "Translator.h"
#include "case/PartyTableEditor.h"
#include "domain/Nip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

namespace {

Party person(const QString &role, const QString &name, const QString &nip,
             const QString &category = QStringLiteral("fungsional"))
{
    Party p;
    p.role = role;
    p.name = name;
    p.nip = nip;
    p.positionCategory = category;
    return p;
}

// Answers the next modal message box with `button`; `text` receives what it said.
void answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->reject();
    });
}

} // namespace

class TestPartyEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    qint64 m_caseId = 0;

    QTableWidget *table(PartyTableEditor &editor)
    {
        return editor.findChild<QTableWidget *>(QStringLiteral("partyTable"));
    }
    QLabel *nipInfo(PartyTableEditor &editor)
    {
        return editor.findChild<QLabel *>(QStringLiteral("nipInfo"));
    }
    // Opens the editor of a cell the way a user does and returns the widget typed into.
    QLineEdit *editCell(QTableWidget *t, int row, int column)
    {
        const QModelIndex index = t->model()->index(row, column);
        t->setCurrentIndex(index);
        t->edit(index);
        return qobject_cast<QLineEdit *>(QApplication::focusWidget());
    }
    bool showActive(QWidget &w)
    {
        w.resize(900, 400);
        w.show();
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowActive(&w);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("parties.netra")));
        QVERIFY(m_db);
        m_repo = std::make_unique<CaseRepository>(*m_db);
        Case c = TestSupport::sampleCase();
        QString error;
        QVERIFY2(m_repo->create(c, &error), qPrintable(error));
        m_caseId = c.id;
    }

    void roundTripKeepsIdentity()
    {
        const std::optional<Case> stored = m_repo->load(m_caseId);
        QVERIFY(stored);
        QList<Party> parties = stored->parties;
        QCOMPARE(parties.size(), 1);
        QVERIFY(!parties.first().uuid.isEmpty());
        Party witness =
            person(QStringLiteral("saksi"), QStringLiteral("Ahmad Fauzi"), QString(), QString());
        witness.id = 77;
        witness.uuid = QStringLiteral("6f1c2a3e-0000-4000-8000-000000000077");
        witness.address = QStringLiteral("Jl. Veteran 3, Sukoharjo");
        witness.contact = QStringLiteral("0812 3456 7890");
        parties << witness;

        PartyTableEditor editor(*m_repo);
        QSignalSpy changed(&editor, &PartyTableEditor::changed);
        editor.setParties(parties);
        QCOMPARE(changed.count(), 0); // setting is not a user edit

        const QList<Party> back = editor.parties();
        QCOMPARE(back.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back[i].id, parties[i].id);
            QCOMPARE(back[i].uuid, parties[i].uuid);
            QCOMPARE(back[i].role, parties[i].role);
            QCOMPARE(back[i].name, parties[i].name);
            QCOMPARE(back[i].nip, parties[i].nip);
            QCOMPARE(back[i].positionTitle, parties[i].positionTitle);
            QCOMPARE(back[i].positionCategory, parties[i].positionCategory);
            QCOMPARE(back[i].agency, parties[i].agency);
            QCOMPARE(back[i].address, parties[i].address);
            QCOMPARE(back[i].contact, parties[i].contact);
        }
        QTableWidget *t = table(editor);
        QCOMPARE(t->item(0, PartyTableEditor::RoleColumn)->text(),
                 QStringLiteral("Person reported"));
        QCOMPARE(t->item(0, PartyTableEditor::CategoryColumn)->text(),
                 QStringLiteral("Functional"));
        QCOMPARE(t->item(1, PartyTableEditor::RoleColumn)->text(), QStringLiteral("Witness"));
        // Every header whole, in both languages, and the role whole in its cell.
        for (const char *language : {"en", "id"}) {
            Translator::install(QLatin1String(language));
            QHeaderView *header = t->horizontalHeader();
            for (int column = 0; column < PartyTableEditor::ColumnCount; ++column)
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(QStringLiteral("%1: %2 in %3 px")
                                        .arg(QLatin1String(language),
                                             t->horizontalHeaderItem(column)->text())
                                        .arg(header->sectionSize(column))));
            const QString role = t->item(0, PartyTableEditor::RoleColumn)->text();
            QVERIFY2(t->fontMetrics().horizontalAdvance(role) + 6 <=
                         t->columnWidth(PartyTableEditor::RoleColumn),
                     qPrintable(role));
        }
        Translator::install(QStringLiteral("en"));
    }

    void addsPersonReportedByTyping()
    {
        PartyTableEditor editor(*m_repo);
        QVERIFY(showActive(editor));
        QSignalSpy changed(&editor, &PartyTableEditor::changed);
        auto *add = editor.findChild<QPushButton *>(QStringLiteral("addReportedButton"));
        QVERIFY(add);
        QCOMPARE(add->shortcut(), QKeySequence(Qt::ALT | Qt::Key_T));
        QTest::mouseClick(add, Qt::LeftButton);
        QTableWidget *t = table(editor);
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(changed.count(), 1);

        QLineEdit *name = editCell(t, 0, PartyTableEditor::NameColumn);
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Joko Susilo"));
        // Tab goes on to the NIP cell, with its editor open.
        QTest::keyClick(name, Qt::Key_Tab);
        auto *nip = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nip);
        QCOMPARE(nip->objectName(), QStringLiteral("nipEditor"));
        QTest::keyClicks(nip, QStringLiteral("198609262015051001"));
        // Checked as it is typed, before the cell is left.
        QCOMPARE(nipInfo(editor)->text(),
                 QStringLiteral("Birth date: 26 September 1986 · Start (TMT): May 2015 · "
                                "Gender: Male"));
        // What is still in an open cell is not lost.
        QCOMPARE(editor.parties().first().nip, QStringLiteral("198609262015051001"));
        QTest::keyClick(nip, Qt::Key_Return);

        const QList<Party> parties = editor.parties();
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties[0].role, QStringLiteral("terlapor"));
        QCOMPARE(parties[0].name, QStringLiteral("Joko Susilo"));
        QCOMPARE(parties[0].nip, QStringLiteral("198609262015051001"));
        QCOMPARE(parties[0].id, qint64(0));
        QVERIFY(parties[0].uuid.isEmpty());
        QVERIFY(changed.count() > 1);
    }

    void insertAddsAndTypingStartsTheName()
    {
        PartyTableEditor editor(*m_repo);
        QVERIFY(showActive(editor));
        editor.setParties({person(QStringLiteral("terlapor"), QStringLiteral("Siti"), QString())});
        QTableWidget *t = table(editor);
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Insert);
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->currentRow(), 1);
        QCOMPARE(t->currentColumn(), int(PartyTableEditor::NameColumn));
        QTest::keyClick(t, 'S');
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("ri Wahyuni"));
        QTest::keyClick(edit, Qt::Key_Return);
        const QList<Party> parties = editor.parties();
        QCOMPARE(parties.size(), 2);
        QCOMPARE(parties[1].role, QStringLiteral("terlapor"));
        QCOMPARE(parties[1].name, QStringLiteral("Sri Wahyuni"));

        auto *witness = editor.findChild<QPushButton *>(QStringLiteral("addWitnessButton"));
        auto *expert = editor.findChild<QPushButton *>(QStringLiteral("addExpertButton"));
        QVERIFY(witness && expert);
        QTest::mouseClick(witness, Qt::LeftButton);
        QTest::mouseClick(expert, Qt::LeftButton);
        QCOMPARE(editor.parties().at(2).role, QStringLiteral("saksi"));
        QCOMPARE(editor.parties().at(3).role, QStringLiteral("ahli"));
    }

    void nipInfoShowsDetailsOrError()
    {
        PartyTableEditor editor(*m_repo);
        QLabel *info = nipInfo(editor);
        QTableWidget *t = table(editor);

        editor.setParties({person(QStringLiteral("terlapor"), QStringLiteral("A"),
                                  QStringLiteral("198609262015051001"))});
        QVERIFY(info->text().contains(QLatin1String("Birth date: 26 September 1986")));
        QVERIFY(info->text().contains(QLatin1String("Gender: Male")));
        QVERIFY(!t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());

        const QString bad = QStringLiteral("198613262015051001");
        editor.setParties({person(QStringLiteral("terlapor"), QStringLiteral("B"), bad)});
        QCOMPARE(info->text(), Nip::parse(bad).error);
        QVERIFY(!info->text().isEmpty());
        QCOMPARE(info->property("nipState").toString(), QStringLiteral("invalid"));
        QVERIFY(info->styleSheet().contains(QLatin1String("color")));
        QVERIFY(t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());
        QCOMPARE(t->item(0, PartyTableEditor::NipColumn)->toolTip(), Nip::parse(bad).error);

        // An NI PPPK has another layout: the month rule does not apply.
        editor.setParties(
            {person(QStringLiteral("terlapor"), QStringLiteral("C"), bad, QStringLiteral("pppk"))});
        QCOMPARE(info->property("nipState").toString(), QStringLiteral("valid"));
        QVERIFY(!t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());

        // A village head carries any identifier.
        editor.setParties(
            {person(QStringLiteral("terlapor"), QStringLiteral("D"),
                    QStringLiteral("3311020101800001"), QStringLiteral("kepala_desa"))});
        QCOMPARE(info->property("nipState").toString(), QStringLiteral("free"));
        QVERIFY(!t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());

        // Dates follow the UI language.
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        editor.setParties({person(QStringLiteral("terlapor"), QStringLiteral("E"),
                                  QStringLiteral("198609262015051001"))});
        const QString indonesian = info->text();
        Translator::install(QStringLiteral("en"));
        QVERIFY2(indonesian.contains(QLatin1String("26 September 1986")), qPrintable(indonesian));
        QVERIFY2(indonesian.contains(QLatin1String("Mei 2015")), qPrintable(indonesian));
    }

    void typedInvalidNipIsMarked()
    {
        PartyTableEditor editor(*m_repo);
        QVERIFY(showActive(editor));
        editor.setParties({person(QStringLiteral("terlapor"), QStringLiteral("Budi"), QString())});
        QTableWidget *t = table(editor);
        QLineEdit *nip = editCell(t, 0, PartyTableEditor::NipColumn);
        QVERIFY(nip);
        QTest::keyClicks(nip, QStringLiteral("198613262015051001"));
        QCOMPARE(nipInfo(editor)->property("nipState").toString(), QStringLiteral("invalid"));
        QVERIFY(t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());
        // Correcting the month in the middle keeps the cursor where it is.
        nip->setCursorPosition(4);
        QTest::keyClick(nip, Qt::Key_Delete);
        QTest::keyClick(nip, Qt::Key_0);
        QCOMPARE(nip->text(), QStringLiteral("198603262015051001"));
        QCOMPARE(nip->cursorPosition(), 5);
        QCOMPARE(nipInfo(editor)->property("nipState").toString(), QStringLiteral("valid"));
        QVERIFY(!t->item(0, PartyTableEditor::NipColumn)->data(Qt::BackgroundRole).isValid());
    }

    void completerOffersKnownAgency()
    {
        const QStringList known = m_repo->knownValues(QStringLiteral("agency"));
        const QString agency = QStringLiteral("Dinas Pendidikan Kabupaten Sukoharjo");
        QVERIFY(known.contains(agency));

        PartyTableEditor editor(*m_repo);
        QVERIFY(showActive(editor));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addReportedButton")),
                          Qt::LeftButton);
        QTableWidget *t = table(editor);
        QLineEdit *edit = editCell(t, 0, PartyTableEditor::AgencyColumn);
        QVERIFY(edit);
        QCompleter *completer = edit->completer();
        QVERIFY(completer);
        QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        QTest::keyClicks(edit, QStringLiteral("pendidikan"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered << completer->completionModel()->index(i, 0).data().toString();
        QVERIFY2(offered.contains(agency), qPrintable(offered.join(QLatin1Char('|'))));

        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(edit->text(), agency);
        QCOMPARE(editor.parties().first().agency, agency);
    }

    void removeAsksForNamedPersons()
    {
        const QList<Party> parties{
            person(QStringLiteral("terlapor"), QStringLiteral("Siti Rahmawati"), QString()),
            person(QStringLiteral("saksi"), QStringLiteral("Ahmad Fauzi"), QString())};
        PartyTableEditor editor(*m_repo);
        QVERIFY(showActive(editor));
        editor.setParties(parties);
        QSignalSpy changed(&editor, &PartyTableEditor::changed);
        QTableWidget *t = table(editor);
        auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removePartyButton"));
        QVERIFY(remove);

        t->setCurrentCell(1, PartyTableEditor::NameColumn);
        QString asked;
        answerNextBox(QMessageBox::No, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(asked.contains(QLatin1String("Ahmad Fauzi")), qPrintable(asked));
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(changed.count(), 0);

        asked.clear();
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(editor.parties().first().name, QStringLiteral("Siti Rahmawati"));
        QCOMPARE(changed.count(), 1);

        // Delete on the table does the same.
        QApplication::setActiveWindow(&editor); // as the window manager does after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        t->setFocus();
        t->setCurrentCell(0, PartyTableEditor::RoleColumn);
        asked.clear();
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::keyClick(t, Qt::Key_Delete);
        QVERIFY(asked.contains(QLatin1String("Siti Rahmawati")));
        QCOMPARE(t->rowCount(), 0);
        QVERIFY(!remove->isEnabled());

        // A row without a name goes without a question.
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addExpertButton")),
                          Qt::LeftButton);
        QCOMPARE(t->rowCount(), 1);
        bool boxShown = false;
        QTimer::singleShot(0, [&boxShown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxShown = true;
                box->button(QMessageBox::No)->click();
            }
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!boxShown);
        QCOMPARE(t->rowCount(), 0);
        QVERIFY(editor.parties().isEmpty());
    }

    void everyWidgetIsNamed()
    {
        PartyTableEditor editor(*m_repo);
        const QList<QWidget *> widgets = editor.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->parentWidget() == &editor)
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestPartyEditor)
#include "TestPartyEditor.moc"
