#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>

class AttachmentRepository;
class QLabel;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

// The evidence (bukti) attached to a case: files kept inside the data file with their SHA-256.
// Files come in through the add button or by dropping them on the panel. Over a repository of
// AttachmentOwner::Activity, the files of a prevention activity (attendance lists, photos), the
// "case id" being the activity's.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, HashColumn, AddedColumn, ColumnCount };
    static constexpr int AttachmentIdRole = Qt::UserRole + 1;
    static constexpr qint64 MaxFileSize = 100 * 1024 * 1024; // 100 MiB

    explicit EvidencePanel(AttachmentRepository &repo, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    // 0 is a case not saved yet: nothing can be attached until it is.
    void setCaseId(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // Attaches files to the case; what cannot be attached is named in one warning and nothing
    // of it is stored. True when every file was attached.
    bool addFiles(const QStringList &paths);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void chooseFiles();
    void openCurrent();
    void removeCurrent();
    void copyHash();
    void updateButtons();
    void retranslate();
    bool activity() const; // the files of a prevention activity
    bool lead() const;     // the evidence of a supervision lead

    AttachmentRepository &m_repo;
    qint64 m_caseId = 0;
    QLabel *m_hint = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    // Opened copies live here while the panel does, so a viewer can still read them.
    std::unique_ptr<QTemporaryDir> m_openDir;
};
