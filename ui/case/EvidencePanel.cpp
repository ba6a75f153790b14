#include "case/EvidencePanel.h"
#include "common/FileDialogs.h"
#include "domain/DateFormat.h"

#include "store/AttachmentRepository.h"
#include "store/InputFile.h"

#include <QAction>
#include <QBoxLayout>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

namespace {

// Keeps a wait cursor up while files are read and hashed, and takes it down before any dialog.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { release(); }
    void release()
    {
        if (m_active)
            QGuiApplication::restoreOverrideCursor();
        m_active = false;
    }

private:
    bool m_active = true;
};

// A stored name may come from another system: keep it a single file name.
QString safeFileName(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        safe = QStringLiteral("evidence");
    return safe;
}

} // namespace

EvidencePanel::EvidencePanel(AttachmentRepository &repo, QWidget *parent)
    : QWidget(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("evidenceHint"));
    m_hint->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setAllColumnsShowFocus(true);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HashColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openEvidenceButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));

    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("evidenceButtons"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("evidenceLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *openAction = new QAction(this);
    openAction->setObjectName(QStringLiteral("openEvidenceAction"));
    auto *copyAction = new QAction(this);
    copyAction->setObjectName(QStringLiteral("copyHashAction"));
    auto *removeAction = new QAction(this);
    removeAction->setObjectName(QStringLiteral("removeEvidenceAction"));
    m_list->addActions({openAction, copyAction, removeAction});

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeCurrent);
    connect(openAction, &QAction::triggered, this, &EvidencePanel::openCurrent);
    connect(copyAction, &QAction::triggered, this, &EvidencePanel::copyHash);
    connect(removeAction, &QAction::triggered, this, &EvidencePanel::removeCurrent);
    // Enter (and a double click) opens.
    connect(m_list, &QTreeWidget::itemActivated, this, &EvidencePanel::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidencePanel::updateButtons);

    auto *remove = new QShortcut(
        QKeySequence(QKeySequence::Delete), m_list, [this] { removeCurrent(); },
        Qt::WidgetShortcut);
    remove->setObjectName(QStringLiteral("removeEvidenceShortcut"));
    auto *copy = new QShortcut(
        QKeySequence(QKeySequence::Copy), m_list, [this] { copyHash(); }, Qt::WidgetShortcut);
    copy->setObjectName(QStringLiteral("copyHashShortcut"));

    retranslate();
    setCaseId(0);
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setCaseId(qint64 caseId)
{
    m_caseId = qMax<qint64>(caseId, 0);
    reload();
    m_hint->setVisible(m_caseId == 0);
    updateButtons();
}

bool EvidencePanel::addFiles(const QStringList &paths)
{
    if (m_caseId == 0) {
        QMessageBox::warning(this, activity() ? tr("Files") : tr("Evidence"),
                             activity() ? tr("Save the activity first, then attach files.")
                             : lead()   ? tr("Save the lead first, then attach evidence.")
                                        : tr("Save the case first, then attach evidence."));
        return false;
    }
    const QLocale locale;
    const QMimeDatabase mimes;
    QHash<QString, QString> attached; // SHA-256 -> name, to refuse the same content twice
    for (const AttachmentInfo &a : m_repo.attachments(m_caseId))
        attached.insert(a.sha256, a.name);

    QStringList problems;
    qint64 lastAdded = 0;
    int added = 0;
    // Up to 100 MiB each: a long batch shows its progress and can be stopped between files.
    QProgressDialog progress(tr("Attaching evidence…"), tr("Stop"), 0, int(paths.size()), this);
    progress.setObjectName(QStringLiteral("evidenceProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1500);
    progress.setAutoReset(false);
    WaitCursor wait;
    for (int i = 0; i < paths.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled()) {
            problems << tr("Stopped: %n file(s) not attached.", nullptr, int(paths.size() - i));
            break;
        }
        const QString &path = paths.at(i);
        const QFileInfo info(path);
        const QString name = info.fileName().isEmpty() ? path : info.fileName();
        if (!info.exists()) {
            problems << tr("%1: the file does not exist.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        if (info.isDir()) {
            problems << tr("%1 is a folder; attach the files inside it instead.").arg(name);
            continue;
        }
        if (!info.isFile()) {
            problems << tr("%1 is not a regular file.").arg(name);
            continue;
        }
        // Checked before reading: a larger file is never loaded into memory.
        if (info.size() > MaxFileSize) {
            problems << tr("%1 is %2, larger than the limit of %3 per file.")
                            .arg(name, locale.formattedDataSize(info.size()),
                                 locale.formattedDataSize(MaxFileSize, 0));
            continue;
        }
        // Only a regular file, read up to the limit and no further.
        QByteArray data;
        QString readError;
        const InputFile::Result read = InputFile::read(path, MaxFileSize, &data, &readError);
        if (read == InputFile::Result::Refused) {
            problems << readError;
            continue;
        }
        if (read == InputFile::Result::TooLarge) { // it grew while being read
            problems << tr("%1 is larger than the limit of %2 per file.")
                            .arg(name, locale.formattedDataSize(MaxFileSize, 0));
            continue;
        }
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (attached.contains(sha256)) {
            problems << (activity() ? tr("%1 is already attached to this activity as %2.")
                         : lead()   ? tr("%1 is already attached to this lead as %2.")
                                    : tr("%1 is already attached to this case as %2."))
                            .arg(name, attached.value(sha256));
            continue;
        }
        AttachmentInfo stored;
        QString error;
        if (!m_repo.addAttachment(m_caseId, name, data,
                                  mimes.mimeTypeForFileNameAndData(name, data).name(), &stored,
                                  &error)) {
            problems << error;
            continue;
        }
        attached.insert(sha256, name);
        lastAdded = stored.id;
        ++added;
    }
    wait.release();
    progress.reset();

    if (added > 0) {
        reload();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (item->data(NameColumn, AttachmentIdRole).toLongLong() == lastAdded)
                m_list->setCurrentItem(item);
        }
        emit changed();
    }
    if (!problems.isEmpty()) {
        QString text;
        if (problems.size() == 1 && added == 0) {
            text = problems.first();
        } else {
            text = added > 0 ? tr("%n file(s) attached. Not attached:", nullptr, added)
                             : tr("No file was attached:");
            text += QLatin1String("\n\u2022 ") + problems.join(QLatin1String("\n\u2022 "));
        }
        QMessageBox::warning(this, tr("Evidence not attached"), text);
    }
    return problems.isEmpty();
}

void EvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // sizes and dates follow the language
    }
    QWidget::changeEvent(event);
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_caseId != 0 && event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    if (m_caseId != 0) {
        const QList<QUrl> urls = event->mimeData()->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Not inside the drop: the program the files come from waits until the drop returns, and a
    // warning would block it.
    QTimer::singleShot(0, this, [this, paths] { addFiles(paths); });
}

void EvidencePanel::reload()
{
    qint64 current = 0;
    if (QTreeWidgetItem *item = m_list->currentItem())
        current = item->data(NameColumn, AttachmentIdRole).toLongLong();
    m_list->clear();
    if (m_caseId == 0)
        return;
    const QLocale locale;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const AttachmentInfo &a : m_repo.attachments(m_caseId)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, a.name);
        item->setData(NameColumn, AttachmentIdRole, a.id);
        item->setToolTip(NameColumn, tr("%1\nType: %2").arg(a.name, a.mime));
        item->setText(SizeColumn, locale.formattedDataSize(a.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(SizeColumn, tr("%1 bytes").arg(locale.toString(a.size)));
        item->setText(HashColumn, a.sha256);
        item->setFont(HashColumn, fixed);
        item->setToolTip(HashColumn, tr("SHA-256: %1\nCtrl+C copies it.").arg(a.sha256));
        item->setText(AddedColumn,
                      locale.toString(a.addedAt.toLocalTime(), shortMonthDateTimeFormat()));
        if (a.id == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void EvidencePanel::chooseFiles()
{
    const QStringList paths =
        FileDialogs::openFiles(this, tr("Attach evidence"), QString(), QString());
    if (!paths.isEmpty())
        addFiles(paths);
}

void EvidencePanel::openCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_caseId == 0)
        return;
    const qint64 id = item->data(NameColumn, AttachmentIdRole).toLongLong();
    const QString name = item->text(NameColumn);
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString folder = m_openDir->filePath(QString::number(id));
    const QString path = folder + QLatin1Char('/') + safeFileName(name);
    if (!QFileInfo::exists(path)) {
        const QByteArray data = m_repo.attachmentData(id);
        QFile file(path);
        if (!m_openDir->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
            file.write(data) != data.size()) {
            const QString why =
                m_openDir->isValid() ? file.errorString() : m_openDir->errorString();
            file.remove();
            QMessageBox::warning(this, tr("Open evidence"),
                                 tr("%1 could not be copied out to be opened: %2").arg(name, why));
            return;
        }
        file.close();
        // A copy: make it plain that changes to it are not kept in the case.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::warning(this, tr("Open evidence"),
                             tr("No program on this computer opens %1.").arg(name));
    }
}

void EvidencePanel::removeCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_caseId == 0)
        return;
    const qint64 id = item->data(NameColumn, AttachmentIdRole).toLongLong();
    const QString name = item->text(NameColumn);
    const auto answer = QMessageBox::question(
        this, activity() ? tr("Remove file") : tr("Remove evidence"),
        (activity() ? tr("Remove %1 from the files of this activity? It is deleted from the data "
                         "file.")
         : lead()   ? tr("Remove %1 from the evidence of this lead? It is deleted from the data "
                           "file.")
                    : tr("Remove %1 from the evidence of this case? It is deleted from the data "
                           "file."))
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_repo.removeAttachment(id, &error)) {
        QMessageBox::warning(this, activity() ? tr("Remove file") : tr("Remove evidence"), error);
        reload();
        return;
    }
    reload();
    emit changed();
}

void EvidencePanel::copyHash()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        QGuiApplication::clipboard()->setText(item->text(HashColumn));
}

void EvidencePanel::updateButtons()
{
    const bool saved = m_caseId != 0;
    const bool selected = saved && m_list->currentItem();
    const bool editable = m_repo.database().allows(m_repo.action());
    m_add->setEnabled(saved && editable);
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected && editable);
    for (QAction *action : m_list->actions())
        action->setEnabled(
            selected &&
            (action->objectName() != QLatin1String("removeEvidenceAction") || editable));
}

bool EvidencePanel::activity() const
{
    return m_repo.owner() == AttachmentOwner::Activity;
}

bool EvidencePanel::lead() const
{
    return m_repo.owner() == AttachmentOwner::Lead;
}

void EvidencePanel::retranslate()
{
    m_hint->setText(activity()
                        ? tr("Save the activity first; then its attendance list and photos can "
                             "be attached here.")
                    : lead() ? tr("Save the lead first; then its evidence can be attached here.")
                             : tr("Save the case first; then its evidence can be attached here."));
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("SHA-256"), tr("Added")});
    m_add->setText(tr("Add files…"));
    m_add->setToolTip((activity() ? tr("Attach files to this activity (at most %1 each); files "
                                       "can also be dropped on the list.")
                       : lead()   ? tr("Attach files to this lead (at most %1 each); files can "
                                         "also be dropped on the list.")
                                  : tr("Attach files to this case (at most %1 each); files can "
                                         "also be dropped on the list."))
                          .arg(QLocale().formattedDataSize(MaxFileSize, 0)));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open a copy of the file (Enter)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(activity() ? tr("Remove the file from the activity (Delete)")
                         : lead()   ? tr("Remove the file from the lead (Delete)")
                                    : tr("Remove the file from the case (Delete)"));
    const QList<QAction *> actions = m_list->actions();
    if (actions.size() == 3) {
        actions.at(0)->setText(tr("Open"));
        actions.at(1)->setText(tr("Copy SHA-256"));
        actions.at(2)->setText(tr("Remove"));
    }
}
