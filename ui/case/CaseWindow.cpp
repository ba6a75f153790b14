#include "case/CaseWindow.h"
#include "common/Colours.h"
#include "common/Guide.h"
#include "common/ReadOnly.h"
#include "domain/DateFormat.h"

#include "case/AnalysisEditor.h"
#include "case/CaseForm.h"
#include "case/DocumentsPanel.h"
#include "case/EvidencePanel.h"
#include "case/ProcedurePanel.h"
#include "case/ReviewEditor.h"
#include "case/TimelinePanel.h"
#include "common/WindowGeometry.h"
#include "domain/CaseJson.h"
#include "domain/Codes.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "hearings/HearingsPanel.h"
#include "store/LocalSpool.h"
#include "store/SqlValues.h"

#include <QAction>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

// One edit of the case as two whole snapshots: simple, and right for every field at once.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(CaseWindow *window, const Case &before, const Case &after)
        : m_window(window), m_before(before), m_after(after)
    {
        setText(CaseWindow::tr("edit"));
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_first)
            m_first = false; // the window shows it already
        else
            apply(m_after);
    }

private:
    void apply(const Case &c)
    {
        m_window->display(c);
        m_window->m_snapshot = c;
        m_window->refreshState();
        m_window->m_editTimer->start(); // the draft follows
    }
    CaseWindow *m_window;
    Case m_before;
    Case m_after;
    bool m_first = true;
};

namespace {

// The part of a case the window edits, in a form that compares equal when nothing changed.
QByteArray editable(Case c)
{
    if (!c.registeredDate.isValid())
        c.profileId.clear();
    c.updatedAt = QDateTime();
    return QJsonDocument(CaseJson::toJson(c)).toJson(QJsonDocument::Compact);
}

QString draftKeyOf(const Case &c)
{
    return c.id > 0 ? QStringLiteral("case:%1").arg(c.id) : QStringLiteral("case:new:") + c.uuid;
}

} // namespace

CaseWindow::CaseWindow(Database &db, qint64 caseId, QWidget *parent)
    : CaseWindow(db, CaseRepository(db).load(caseId).value_or(Case()), QString(), parent)
{
    recoverDraft();
}

CaseWindow *CaseWindow::newCase(Database &db, const QString &source, QWidget *parent)
{
    Case c;
    c.uuid = SqlValues::newUuid();
    c.source = source;
    c.receivedDate = db.today();
    c.knownDate = db.today();
    // The office's own regency: the one most of its cases are in.
    CaseFilter all;
    QList<CaseRow> latest =
        CaseRepository(db).page(all, CaseColumn::Received, Qt::DescendingOrder, 0, 1);
    c.regencyCode = latest.isEmpty() ? QString() : latest.first().regencyCode;
    if (source == Codes::Source::Report)
        c.parties << Party();
    return new CaseWindow(db, c, QString(), parent);
}

CaseWindow *CaseWindow::recoverNew(Database &db, const QString &draftKey, QWidget *parent)
{
    const Case c = CaseJson::fromJson(
        QJsonDocument::fromJson(DraftRepository(db).draft(draftKey).toUtf8()).object());
    auto *w = new CaseWindow(db, Case{}, draftKey, parent);
    w->m_stored.uuid = c.uuid;
    w->m_stored.source = c.source;
    w->display(c);
    w->m_snapshot = c;
    w->m_notice->setText(tr("A new case that was being typed when Netra stopped was recovered. "
                            "Save it, or close the window to discard it."));
    w->m_notice->show();
    w->refreshState();
    return w;
}

CaseWindow::CaseWindow(Database &db, const Case &c, const QString &draftKey, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_repo(db), m_attachments(db), m_drafts(db), m_stored(c),
      m_snapshot(c), m_draftKey(draftKey.isEmpty() ? draftKeyOf(c) : draftKey)
{
    setObjectName(QStringLiteral("caseWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_undo = new QUndoStack(this);
    m_editTimer = new QTimer(this);
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(DraftDelayMs);
    connect(m_editTimer, &QTimer::timeout, this, &CaseWindow::recordEdit);

    auto *central = new QWidget(this);
    m_notice =
        Colours::noticeLabel(central, QStringLiteral("recoveredNotice"), Colours::NoticeBackground);
    m_elsewhere = Colours::noticeLabel(central, QStringLiteral("reportedElsewhere"),
                                       Colours::AlarmBackground);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_form = new CaseForm(db, m_repo, m_tabs);
    m_review = new ReviewEditor(m_tabs);
    m_analysis = new AnalysisEditor(m_tabs);
    m_procedure = new ProcedurePanel(db, m_tabs);
    m_hearings = new HearingsPanel(db, m_tabs);
    m_evidence = new EvidencePanel(m_attachments, m_tabs);
    m_documents = new DocumentsPanel(db, m_tabs);
    m_timeline = new TimelinePanel(db, m_tabs);
    if (!db.allows(Action::EditCases)) {
        m_form->makeReadOnly();
        makeReadOnly(m_review);
        makeReadOnly(m_analysis);
    }
    connect(m_form, &CaseForm::revealRequested, this, &CaseWindow::revealReporter);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_form, m_review, m_analysis, m_procedure, m_hearings,
                                          m_evidence, m_documents, m_timeline})
        m_tabs->addTab(w, QString());
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_notice);
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_tabs);
    // Save in sight, not only in the menu and on Ctrl+S.
    auto *bottom = new QHBoxLayout;
    m_saveState = new QLabel(central);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveButton = new QPushButton(central);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    bottom->addWidget(m_saveState, 1);
    bottom->addWidget(m_saveButton);
    layout->addLayout(bottom);
    setCentralWidget(central);

    m_caseMenu = menuBar()->addMenu(QString());
    m_saveAction = m_caseMenu->addAction(QString(), this, &CaseWindow::save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcuts(QKeySequence::Save);
    m_closeAction = m_caseMenu->addAction(QString(), this, &QWidget::close);
    m_closeAction->setShortcuts(QKeySequence::Close);
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    Guide::installWithMenu(this, QStringLiteral("case"));
    // Ctrl+1 … Ctrl+7 go to the tabs.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(go);
    }

    connect(m_form, &CaseForm::changed, this, &CaseWindow::edited);
    connect(m_review, &ReviewEditor::changed, this, &CaseWindow::edited);
    connect(m_analysis, &AnalysisEditor::changed, this, &CaseWindow::edited);
    connect(m_procedure, &ProcedurePanel::stepTaken, this, [this] {
        reloadStored();
        emit saved(m_stored.id);
    });
    connect(m_evidence, &EvidencePanel::changed, this, [this] { m_timeline->setCase(m_stored); });
    connect(m_hearings, &HearingsPanel::changed, this, [this] {
        m_documents->setCase(m_stored);
        m_timeline->setCase(m_stored);
    });

    display(c);
    retranslate();
    showStored();
    WindowGeometry::resize(this, QSize(1000, 680)); // fits a 1366×768 laptop with its panel
}

void CaseWindow::retranslate()
{
    const char *const tabs[] = {QT_TR_NOOP("&Case"),      QT_TR_NOOP("&Initial review"),
                                QT_TR_NOOP("&Analysis"),  QT_TR_NOOP("&Procedure"),
                                QT_TR_NOOP("&Hearings"),  QT_TR_NOOP("E&vidence"),
                                QT_TR_NOOP("&Documents"), QT_TR_NOOP("&Timeline")};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, tr(tabs[i]));
    m_caseMenu->setTitle(tr("C&ase"));
    m_saveAction->setText(tr("&Save"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(
        tr("Save the case (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_closeAction->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    refreshState();
}

void CaseWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

Case CaseWindow::current() const
{
    Case c = m_form->apply(m_stored);
    c.review = m_review->review();
    c.analysisFacts = m_analysis->facts();
    c.analysisElements = m_analysis->elements();
    c.analysisConclusion = m_analysis->conclusion();
    return c;
}

bool CaseWindow::isDirty() const
{
    return editable(current()) != editable(m_stored);
}

void CaseWindow::display(const Case &c)
{
    const QScopedValueRollback<bool> applying(m_applying, true);
    m_form->setCase(c);
    m_review->setReview(c.review);
    m_analysis->setAnalysis(c.analysisFacts, c.analysisElements, c.analysisConclusion);
}

void CaseWindow::edited()
{
    if (m_applying)
        return;
    refreshState();
    m_editTimer->start();
}

// After a pause in typing: one undo step, and the draft kept in the file.
void CaseWindow::recordEdit()
{
    const Case now = current();
    if (editable(now) != editable(m_snapshot)) {
        m_undo->push(new SnapshotCommand(this, m_snapshot, now));
        m_snapshot = now;
    }
    if (isDirty())
        m_drafts.saveDraft(
            m_draftKey,
            QString::fromUtf8(QJsonDocument(CaseJson::toJson(now)).toJson(QJsonDocument::Compact)));
    else
        m_drafts.clearDraft(m_draftKey);
}

void CaseWindow::recoverDraft()
{
    QDateTime savedAt;
    const QString json = m_drafts.draft(m_draftKey, &savedAt);
    if (json.isEmpty() || m_stored.id == 0)
        return;
    Case draft = CaseJson::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    draft.id = m_stored.id;
    if (editable(draft) == editable(m_stored)) {
        m_drafts.clearDraft(m_draftKey);
        return;
    }
    // Shown as an edit of its own, so that Undo gives the stored case back.
    display(draft);
    m_undo->push(new SnapshotCommand(this, m_stored, current()));
    m_snapshot = current();
    m_notice->setText(
        tr("Unsaved edits from %1 were recovered after Netra stopped. Save them, "
           "or undo (Ctrl+Z) to go back to the stored case.")
            .arg(QLocale().toString(savedAt.toLocalTime(), shortMonthDateTimeFormat())));
    m_notice->show();
    refreshState();
}

QString CaseWindow::recoveredNotice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void CaseWindow::reloadStored()
{
    if (const auto c = m_repo.load(m_stored.id)) {
        m_stored = *c;
        m_snapshot = *c;
        display(*c);
        m_undo->clear();
    }
    showStored();
    refreshState();
}

void CaseWindow::offerReload(const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Someone else saved this case"), why,
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Reload the case to see their changes: what you typed is put back "
                              "on top of them, to check and save again. It is kept as a draft "
                              "meanwhile."));
    QPushButton *reload = box.addButton(tr("Reload and keep my edits"), QMessageBox::AcceptRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() != reload)
        return;
    const Case base = m_stored;
    const Case mine = current();
    reloadStored();
    QStringList both;
    display(CaseJson::merge(base, mine, m_stored, &both));
    m_undo->push(new SnapshotCommand(this, m_stored, current()));
    m_snapshot = current();
    QString notice = tr("The case was reloaded with the changes saved by others; your edits are "
                        "put back on top. Check them and save, or undo (Ctrl+Z) to keep theirs.");
    if (!both.isEmpty()) {
        QStringList labels;
        for (const QString &field : std::as_const(both))
            labels << TimelinePanel::fieldLabel(QStringLiteral("cases"), field);
        notice +=
            QLatin1Char(' ') +
            tr("Both of you changed: %1. Yours is shown.").arg(labels.join(QLatin1String(", ")));
    }
    m_notice->setText(notice);
    m_notice->show();
    refreshState();
    recordEdit();
}

void CaseWindow::refreshFromStore()
{
    if (m_stored.id > 0 && !isDirty())
        reloadStored();
}

void CaseWindow::keepDraft()
{
    if (isDirty())
        recordEdit();
}

void CaseWindow::revealReporter()
{
    QString error;
    const std::optional<Case> c =
        m_repo.revealReporter(m_stored.id, tr("Shown in the case window"), &error);
    if (!c) {
        QMessageBox::warning(this, tr("The identity cannot be shown"), error);
        return;
    }
    for (Case *k : {&m_stored, &m_snapshot}) {
        k->reporterName = c->reporterName;
        k->reporterAddress = c->reporterAddress;
        k->reporterContact = c->reporterContact;
        k->reporterHidden = false;
    }
    m_form->showReporter(c->reporterName, c->reporterAddress, c->reporterContact);
    m_timeline->setCase(m_stored);
}

bool CaseWindow::save()
{
    m_editTimer->stop();
    Case c = current();
    QString error;
    const bool isNew = m_stored.id == 0;
    bool stale = false;
    const bool ok = isNew ? m_repo.create(c, &error) : m_repo.save(c, &error, &stale);
    if (!ok) {
        recordEdit(); // the edits stay, as a draft
        if (stale)
            offerReload(error);
        else
            QMessageBox::warning(this, tr("The case was not saved"), error);
        return false;
    }
    m_drafts.clearDraft(m_draftKey);
    m_stored.id = c.id;
    m_draftKey = draftKeyOf(c);
    reloadStored();
    m_notice->hide();
    emit saved(m_stored.id);
    return true;
}

void CaseWindow::refreshState()
{
    const bool dirty = isDirty();
    const bool stored = m_stored.id > 0;
    QString title;
    if (!stored)
        title = m_stored.source == Codes::Source::Finding ? tr("New finding") : tr("New report");
    else
        title =
            tr("%1 %2").arg(Codes::label(Codes::Kind::Source, m_stored.source), m_stored.number());
    setWindowTitle(title + QStringLiteral("[*] — Netra"));
    setWindowModified(dirty);
    m_saveAction->setEnabled((dirty || !stored) && m_db.allows(Action::EditCases));
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_saveButton->setVisible(m_db.allows(Action::EditCases));
    m_saveState->setText(dirty || !stored ? tr("Edits not saved yet") : tr("All edits saved"));
    m_procedure->setBlockedReason(dirty ? tr("Save the edits first (Ctrl+S).") : QString());
}

void CaseWindow::showStored()
{
    const bool stored = m_stored.id > 0;
    QStringList elsewhere;
    for (const CaseRepository::ElsewhereReport &r : m_repo.reportedElsewhere(m_stored)) {
        elsewhere << tr("%1 (NIP %2) is also reported in %3, case %4.")
                         .arg(r.name, Nip::grouped(r.nip), Regions::nameOf(r.regencyCode),
                              r.number);
    }
    m_elsewhere->setText(elsewhere.join(QLatin1Char('\n')));
    m_elsewhere->setVisible(!elsewhere.isEmpty());
    m_evidence->setCaseId(m_stored.id);
    if (stored) {
        m_procedure->setCase(m_stored);
        m_hearings->setCase(m_stored);
        m_documents->setCase(m_stored);
        m_timeline->setCase(m_stored);
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_procedure, m_hearings, m_documents, m_timeline})
        w->setEnabled(stored);
}

void CaseWindow::closeEvent(QCloseEvent *event)
{
    m_editTimer->stop();
    if (isDirty() && LocalSpool::serverAway(m_db)) {
        // The server is away: the edits cannot be saved now, but are kept on this computer
        // (LocalSpool) and offered again when the case is next opened on the server.
        const Case now = current();
        if (m_drafts.saveDraft(
                m_draftKey,
                QString::fromUtf8(
                    QJsonDocument(CaseJson::toJson(now)).toJson(QJsonDocument::Compact)))) {
            QMessageBox box(QMessageBox::Question, tr("Unsaved edits"),
                            tr("The server is away, so these edits cannot be saved now. They are "
                               "kept on this computer and offered again when you next open this "
                               "case on the server."),
                            QMessageBox::Discard | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("keptLocallyBox"));
            QPushButton *keep = box.addButton(tr("Keep them and close"), QMessageBox::AcceptRole);
            keep->setObjectName(QStringLiteral("keepLocallyButton"));
            box.setDefaultButton(keep);
            box.exec();
            if (box.clickedButton() == keep) {
                event->accept();
                return;
            }
            if (box.standardButton(box.clickedButton()) != QMessageBox::Discard) {
                event->ignore();
                return;
            }
        }
    } else if (isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved edits"), tr("This case has edits that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    m_drafts.clearDraft(m_draftKey);
    event->accept();
}
