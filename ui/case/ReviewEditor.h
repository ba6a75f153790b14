#pragma once

#include "domain/Case.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

// The initial review checklist (docs/domain.md §3 step 2): which formal and material requirements a
// report meets, and when the reporter was told what is missing.
class ReviewEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewEditor(QWidget *parent = nullptr);

    void setReview(const Review &r);
    Review review() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void edited();

    QGroupBox *m_formal = nullptr;
    QGroupBox *m_material = nullptr;
    QHash<QString, QCheckBox *> m_boxes;
    QCheckBox *m_notified = nullptr;
    QDateEdit *m_notifiedOn = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_summary = nullptr;
    bool m_loading = false;
};
