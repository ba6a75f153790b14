// The evidence of a case, offscreen: files go into the data file with their SHA-256, through the
// panel or by a drop; too large files, folders and unsaved cases are refused without a change.
#include "TestSupport.h"
#include "Translator.h"
#include "case/EvidencePanel.h"
#include "store/AttachmentRepository.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

// Stands in for the desktop's file opener.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

namespace {

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

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestEvidencePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    std::unique_ptr<AttachmentRepository> m_attachments;

    qint64 newCase()
    {
        Case c = TestSupport::sampleCase();
        QString error;
        if (!m_repo->create(c, &error))
            qWarning("%s", qPrintable(error));
        return c.id;
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    static QTreeWidget *list(EvidencePanel &panel)
    {
        return panel.findChild<QTreeWidget *>(QStringLiteral("evidenceList"));
    }
    static bool showActive(QWidget &w)
    {
        w.resize(900, 300);
        w.show();
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowActive(&w);
    }
    static QPushButton *button(EvidencePanel &panel, const char *name)
    {
        return panel.findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("evidence.netra")));
        QVERIFY(m_db);
        m_repo = std::make_unique<CaseRepository>(*m_db);
        m_attachments = std::make_unique<AttachmentRepository>(*m_db);
    }

    void disabledUntilTheCaseIsSaved()
    {
        EvidencePanel panel(*m_attachments);
        auto *hint = panel.findChild<QLabel *>(QStringLiteral("evidenceHint"));
        QVERIFY(hint);
        QVERIFY(!button(panel, "addEvidenceButton")->isEnabled());
        QVERIFY(!button(panel, "openEvidenceButton")->isEnabled());
        QVERIFY(!button(panel, "removeEvidenceButton")->isEnabled());
        QVERIFY(hint->isVisibleTo(&panel));
        QVERIFY(hint->text().contains(QLatin1String("Save the case")));
        QCOMPARE(list(panel)->topLevelItemCount(), 0);

        // Even when asked directly, nothing is attached to an unsaved case.
        const QString file = writeFile(QStringLiteral("early.txt"), "early");
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({file}));
        QVERIFY(!shown.isEmpty());

        panel.setCaseId(newCase());
        QVERIFY(button(panel, "addEvidenceButton")->isEnabled());
        QVERIFY(!hint->isVisibleTo(&panel));
    }

    void addsFilesWithSizeAndHash()
    {
        const qint64 caseId = newCase();
        const QByteArray letter = QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x');
        const QByteArray photo = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(70000, '\x01');
        const QString a = writeFile(QStringLiteral("surat pernyataan.pdf"), letter);
        const QString b = writeFile(QStringLiteral("foto-kegiatan.jpg"), photo);

        EvidencePanel panel(*m_attachments);
        panel.setCaseId(caseId);
        QSignalSpy changed(&panel, &EvidencePanel::changed);
        QVERIFY(panel.addFiles({a, b}));
        QCOMPARE(changed.count(), 1);

        QTreeWidget *l = list(panel);
        QCOMPARE(l->topLevelItemCount(), 2);
        const QLocale locale;
        QTreeWidgetItem *first = l->topLevelItem(0);
        QCOMPARE(first->text(EvidencePanel::NameColumn), QStringLiteral("surat pernyataan.pdf"));
        QCOMPARE(first->text(EvidencePanel::SizeColumn), locale.formattedDataSize(letter.size()));
        QCOMPARE(first->text(EvidencePanel::HashColumn), sha256(letter));
        QCOMPARE(first->toolTip(EvidencePanel::HashColumn).contains(sha256(letter)), true);
        QCOMPARE(first->font(EvidencePanel::HashColumn).family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(!first->text(EvidencePanel::AddedColumn).isEmpty());
        QTreeWidgetItem *second = l->topLevelItem(1);
        QCOMPARE(second->text(EvidencePanel::NameColumn), QStringLiteral("foto-kegiatan.jpg"));
        QCOMPARE(second->text(EvidencePanel::SizeColumn), locale.formattedDataSize(photo.size()));
        QCOMPARE(second->text(EvidencePanel::HashColumn), sha256(photo));

        const QList<AttachmentInfo> stored = m_attachments->attachments(caseId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].name, QStringLiteral("surat pernyataan.pdf"));
        QCOMPARE(stored[0].size, qint64(letter.size()));
        QCOMPARE(stored[0].sha256, sha256(letter));
        QCOMPARE(stored[0].mime, QStringLiteral("application/pdf"));
        QCOMPARE(stored[1].sha256, sha256(photo));
        QCOMPARE(stored[1].mime, QStringLiteral("image/jpeg"));
        QCOMPARE(m_attachments->attachmentData(stored[1].id), photo);

        // The same content twice is refused.
        const QString copy = writeFile(QStringLiteral("copy.pdf"), letter);
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({copy}));
        QVERIFY2(shown.contains(QLatin1String("already attached")), qPrintable(shown));
        QCOMPARE(m_attachments->attachments(caseId).size(), 2);
        QCOMPARE(changed.count(), 1);
    }

    void removeAsksFirst()
    {
        const qint64 caseId = newCase();
        EvidencePanel panel(*m_attachments);
        QVERIFY(showActive(panel));
        panel.setCaseId(caseId);
        QVERIFY(panel.addFiles({writeFile(QStringLiteral("satu.txt"), "satu"),
                                writeFile(QStringLiteral("dua.txt"), "dua"),
                                writeFile(QStringLiteral("tiga.txt"), "tiga")}));
        QSignalSpy changed(&panel, &EvidencePanel::changed);
        QTreeWidget *l = list(panel);
        QPushButton *remove = button(panel, "removeEvidenceButton");

        l->setCurrentItem(l->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        QString asked;
        answerNextBox(QMessageBox::No, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(asked.contains(QLatin1String("satu.txt")), qPrintable(asked));
        QCOMPARE(l->topLevelItemCount(), 3);
        QCOMPARE(m_attachments->attachments(caseId).size(), 3);
        QCOMPARE(changed.count(), 0);

        asked.clear();
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked.contains(QLatin1String("satu.txt")));
        QCOMPARE(l->topLevelItemCount(), 2);
        QList<AttachmentInfo> stored = m_attachments->attachments(caseId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].name, QStringLiteral("dua.txt"));
        QCOMPARE(changed.count(), 1);

        // Delete on the list does the same.
        QApplication::setActiveWindow(&panel); // as the window manager does after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        l->setFocus();
        l->setCurrentItem(l->topLevelItem(1));
        asked.clear();
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::keyClick(l, Qt::Key_Delete);
        QVERIFY(asked.contains(QLatin1String("tiga.txt")));
        stored = m_attachments->attachments(caseId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].name, QStringLiteral("dua.txt"));
        QCOMPARE(l->topLevelItemCount(), 1);
    }

    void refusesTooLargeFile()
    {
        const qint64 caseId = newCase();
        const QString path = m_dir.filePath(QStringLiteral("rekaman.mp4"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(EvidencePanel::MaxFileSize + 1)); // sparse: costs no disk
        }
        QCOMPARE(QFileInfo(path).size(), qint64(100) * 1024 * 1024 + 1);
        const QString small = writeFile(QStringLiteral("kecil.txt"), "kecil");

        EvidencePanel panel(*m_attachments);
        panel.setCaseId(caseId);
        QSignalSpy changed(&panel, &EvidencePanel::changed);
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({path}));
        QVERIFY2(shown.contains(QLatin1String("rekaman.mp4")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("100 MiB")), qPrintable(shown));
        QVERIFY(m_attachments->attachments(caseId).isEmpty());
        QCOMPARE(list(panel)->topLevelItemCount(), 0);
        QCOMPARE(changed.count(), 0);

        // In a batch, the others still go in and the refused one is named.
        shown.clear();
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({small, path}));
        QVERIFY(shown.contains(QLatin1String("rekaman.mp4")));
        QCOMPARE(m_attachments->attachments(caseId).size(), 1);
        QCOMPARE(m_attachments->attachments(caseId).first().name, QStringLiteral("kecil.txt"));
        QFile::remove(path);
    }

    void refusesDirectoryAndMissingFile()
    {
        const qint64 caseId = newCase();
        const QString folder = m_dir.filePath(QStringLiteral("folder bukti"));
        QVERIFY(QDir().mkpath(folder));
        EvidencePanel panel(*m_attachments);
        panel.setCaseId(caseId);
        QSignalSpy changed(&panel, &EvidencePanel::changed);
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({folder}));
        QVERIFY2(shown.contains(QLatin1String("folder bukti is a folder")), qPrintable(shown));
        QVERIFY(m_attachments->attachments(caseId).isEmpty());
        QCOMPARE(list(panel)->topLevelItemCount(), 0);

        shown.clear();
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({m_dir.filePath(QStringLiteral("missing.pdf"))}));
        QVERIFY2(shown.contains(QLatin1String("does not exist")), qPrintable(shown));
        QVERIFY(m_attachments->attachments(caseId).isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void refusesUnreadableFile()
    {
        const QString locked = writeFile(QStringLiteral("terkunci.txt"), "rahasia");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        QFile probe(locked);
        if (probe.open(QIODevice::ReadOnly)) { // root reads anything
            probe.close();
            QSKIP("files without permissions are still readable for this user");
        }
        const qint64 caseId = newCase();
        EvidencePanel panel(*m_attachments);
        panel.setCaseId(caseId);
        QString shown;
        answerNextBox(QMessageBox::Ok, &shown);
        QVERIFY(!panel.addFiles({locked}));
        QVERIFY2(shown.contains(QLatin1String("cannot be read")), qPrintable(shown));
        QVERIFY(m_attachments->attachments(caseId).isEmpty());
    }

    void acceptsDroppedFiles()
    {
        const qint64 caseId = newCase();
        const QByteArray content("tangkapan layar");
        const QString path = writeFile(QStringLiteral("tangkapan.png"), content);
        EvidencePanel panel(*m_attachments);
        QVERIFY(panel.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});

        // Not before the case is saved.
        QDragEnterEvent early(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&panel, &early);
        QVERIFY(!early.isAccepted());

        panel.setCaseId(caseId);
        QSignalSpy changed(&panel, &EvidencePanel::changed);
        // Links from the web are not files.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/a.png"))});
        QDragEnterEvent remote(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton,
                               Qt::NoModifier);
        QApplication::sendEvent(&panel, &remote);
        QVERIFY(!remote.isAccepted());

        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(list(panel)->topLevelItemCount(), 1);
        QCOMPARE(list(panel)->topLevelItem(0)->text(EvidencePanel::HashColumn), sha256(content));
        const QList<AttachmentInfo> stored = m_attachments->attachments(caseId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].name, QStringLiteral("tangkapan.png"));
        QCOMPARE(changed.count(), 1);
    }

    void opensACopy()
    {
        const qint64 caseId = newCase();
        const QByteArray content("Berita acara klarifikasi\n");
        EvidencePanel panel(*m_attachments);
        QVERIFY(showActive(panel));
        panel.setCaseId(caseId);
        QVERIFY(panel.addFiles({writeFile(QStringLiteral("berita acara.txt"), content)}));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTreeWidget *l = list(panel);
        l->setFocus();
        l->setCurrentItem(l->topLevelItem(0));
        QTest::mouseClick(button(panel, "openEvidenceButton"), Qt::LeftButton);
        // Enter opens too.
        QTest::keyClick(l, Qt::Key_Return);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 2);
        const QString opened = catcher.urls.first().toLocalFile();
        QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("berita acara.txt"));
        QVERIFY(!opened.startsWith(m_dir.path()));
        QFile f(opened);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(catcher.urls.at(1), catcher.urls.at(0));
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "TestEvidencePanel.moc"
