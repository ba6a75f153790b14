#pragma once

#include "domain/Case.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/DraftRepository.h"

#include <QMainWindow>

class AnalysisEditor;
class CaseForm;
class DocumentsPanel;
class Database;
class EvidencePanel;
class HearingsPanel;
class ProcedurePanel;
class QLabel;
class QTabWidget;
class QTimer;
class QUndoStack;
class ReviewEditor;
class TimelinePanel;

// One case on the desk: its data (the intake form), the initial review, the analysis, the
// procedure steps, the evidence and the timeline. Edits can be undone; what is typed is kept as a
// draft in the data file within a second, so a killed program loses nothing; closing with
// unsaved edits asks.
class CaseWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 700;

    // An existing case; unsaved edits left from a killed program are recovered and shown.
    CaseWindow(Database &db, qint64 caseId, QWidget *parent = nullptr);
    // A new report or finding ("laporan", "temuan").
    static CaseWindow *newCase(Database &db, const QString &source, QWidget *parent = nullptr);
    // A new case whose unsaved draft was left by a killed program ("case:new:<uuid>").
    static CaseWindow *recoverNew(Database &db, const QString &draftKey, QWidget *parent = nullptr);

    qint64 caseId() const { return m_stored.id; }
    bool isDirty() const;
    // Stores the edits; on refusal shows why and keeps them. True when stored.
    bool save();
    QUndoStack *undoStack() const { return m_undo; }
    QString recoveredNotice() const;
    // The case as the window holds it: the stored case with the edits applied.
    Case current() const;
    // What others saved (on an office server) shows: the stored case read again, unless edits
    // are being typed here, which stay as they are.
    void refreshFromStore();
    // The draft written again: after an office server came back, what was typed while it was
    // away.
    void keepDraft();

signals:
    void saved(qint64 caseId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    CaseWindow(Database &db, const Case &c, const QString &draftKey, QWidget *parent);
    friend class SnapshotCommand;
    void display(const Case &c); // fills every part without recording an edit
    void edited();
    void recordEdit();
    void recoverDraft();
    void reloadStored();
    // After a save refused because someone else saved the case meanwhile (`why` says who):
    // offers to reload it with what was typed put back on top.
    void offerReload(const QString &why);
    void refreshState(); // title, save, whether steps wait for a save
    void showStored();   // the panels that show the stored case
    void retranslate();
    void revealReporter();

    Database &m_db;
    CaseRepository m_repo;
    AttachmentRepository m_attachments;
    DraftRepository m_drafts;
    Case m_stored;
    Case m_snapshot; // what the last undo step left
    QString m_draftKey;
    bool m_applying = false;
    QTabWidget *m_tabs;
    QLabel *m_notice;
    QLabel *m_elsewhere; // the same NIP reported in another regency
    CaseForm *m_form;
    ReviewEditor *m_review;
    AnalysisEditor *m_analysis;
    ProcedurePanel *m_procedure;
    HearingsPanel *m_hearings;
    EvidencePanel *m_evidence;
    DocumentsPanel *m_documents;
    TimelinePanel *m_timeline;
    QUndoStack *m_undo;
    QTimer *m_editTimer;
    QAction *m_saveAction;
    class QPushButton *m_saveButton = nullptr; // the visible Save, beside what is saved or not
    QLabel *m_saveState = nullptr;
    QAction *m_closeAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QMenu *m_caseMenu;
    QMenu *m_editMenu;
};
