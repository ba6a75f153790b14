#include "admin/RecoveryKeyDialog.h"

#include "common/SaveFileDialog.h"

#include "documents/PrintedDocument.h"
#include "store/Database.h"
#include "store/KeyStore.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryKeyDialog::RecoveryKeyDialog(Database &db, const QString &recoveryKey, QWidget *parent)
    : QDialog(parent), m_db(db), m_key(recoveryKey)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    auto *intro = new QLabel(
        tr("This is the recovery key of %1. It is shown only now. Write it down or save it as a "
           "PDF and print it, and keep it in the office safe: when no coordinator who holds the "
           "key to the confidential identities is left, it gives a coordinator that key "
           "(netra-cli keys). Whoever has it can read the identities: keep it locked away.")
            .arg(QFileInfo(db.path()).fileName()),
        this);
    intro->setWordWrap(true);
    auto *key = new QLabel(recoveryKey, this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    key->setFont(mono);
    key->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recoveryKeyMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF..."), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveRecoveryKeyPdf"));
    QPushButton *done = buttons->addButton(tr("I have &kept it"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("recoveryKeyKept"));
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    connect(pdf, &QPushButton::clicked, this, [this] {
        SaveFileDialog save;
        save.objectName = QStringLiteral("recoveryKeyPdfDialog");
        save.title = tr("Save the recovery key as PDF");
        save.folderKey = QStringLiteral("recoveryKey/directory");
        save.suggestedName = QStringLiteral("kunci-pemulihan.pdf");
        save.defaultSuffix = QStringLiteral("pdf");
        save.nameFilters = QStringList{tr("PDF (*.pdf)")};
        const QString path = m_choose ? m_choose(this) : save.ask(this);
        if (path.isEmpty())
            return;
        QString error;
        if (savePdf(path, &error))
            m_message->setText(tr("Saved in %1. Print it and delete the file.").arg(path));
        else
            m_message->setText(error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(key);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool RecoveryKeyDialog::savePdf(const QString &path, QString *error) const
{
    PrintedDocument doc;
    doc.title = tr("Recovery key");
    doc.letterhead = Letterhead::fromSettings(SettingsRepository(m_db));
    doc.bodyHtml =
        QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"font-family: monospace; font-size: 16pt\">"
                       "%3</p><p>%4</p>")
            .arg(PrintedDocument::escape(
                     tr("Recovery key of the data file %1").arg(QFileInfo(m_db.path()).fileName())),
                 PrintedDocument::escape(PrintedDocument::longDate(m_db.today())),
                 PrintedDocument::escape(m_key),
                 PrintedDocument::escape(
                     tr("Keep this sheet in the office safe. It gives a coordinator the key to "
                        "the confidential identities when no coordinator who holds it is left "
                        "(netra-cli keys FILE --grant LOGIN --recovery-key-file FILE).")));
    return doc.toPdf(path, PrintedDocument::Paper::A4, error);
}

void RecoveryKeyDialog::convertIfDue(Database &db, QWidget *parent)
{
    const std::optional<User> &user = db.user();
    KeyStore keys(db);
    if (db.isReadOnly() || !user ||
        (user->role != Role::Administrator && user->role != Role::Coordinator) ||
        keys.hasFileKeys())
        return;
    QMessageBox::information(
        parent, tr("Encrypting confidential identities"),
        tr("This data file keeps the identities of confidential reporters in clear. Netra now "
           "encrypts them: only coordinators will be able to open them, with their password. "
           "This takes a moment on a large file. Then a recovery key is shown once: keep it in "
           "the office safe."));
    QString recovery, error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = keys.convert(&recovery, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, tr("Encrypting confidential identities"),
                             tr("The identities could not be encrypted; the file is as it was. "
                                "%1")
                                 .arg(error));
        return;
    }
    RecoveryKeyDialog(db, recovery, parent).exec();
}
