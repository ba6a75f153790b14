#include "case/ReviewEditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ReviewEditor::ReviewEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewEditor"));
    auto *layout = new QVBoxLayout(this);
    m_formal = new QGroupBox(this);
    m_formal->setObjectName(QStringLiteral("formalRequirements"));
    m_material = new QGroupBox(this);
    m_material->setObjectName(QStringLiteral("materialRequirements"));
    auto *formalLayout = new QVBoxLayout(m_formal);
    auto *materialLayout = new QVBoxLayout(m_material);
    for (const QString &code : Review::requirements()) {
        const bool formal = Review::isFormal(code);
        auto *box = new QCheckBox(formal ? m_formal : m_material);
        box->setObjectName(QStringLiteral("req_") + code);
        (formal ? formalLayout : materialLayout)->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ReviewEditor::edited);
        m_boxes.insert(code, box);
    }
    layout->addWidget(m_formal);
    layout->addWidget(m_material);

    auto *notifiedRow = new QHBoxLayout;
    m_notified = new QCheckBox(this);
    m_notified->setObjectName(QStringLiteral("reporterNotified"));
    m_notifiedOn = new QDateEdit(QDate::currentDate(), this);
    m_notifiedOn->setObjectName(QStringLiteral("notifiedOn"));
    m_notifiedOn->setCalendarPopup(true);
    m_notifiedOn->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_notifiedOn->setEnabled(false);
    notifiedRow->addWidget(m_notified);
    notifiedRow->addWidget(m_notifiedOn);
    notifiedRow->addStretch(1);
    layout->addLayout(notifiedRow);
    connect(m_notified, &QCheckBox::toggled, m_notifiedOn, &QWidget::setEnabled);
    connect(m_notified, &QCheckBox::toggled, this, &ReviewEditor::edited);
    connect(m_notifiedOn, &QDateEdit::dateChanged, this, [this] {
        if (m_notified->isChecked())
            edited();
    });

    m_noteLabel = new QLabel(this);
    layout->addWidget(m_noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 6);
    m_noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewEditor::edited);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    retranslate();
    updateSummary();
}

void ReviewEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void ReviewEditor::retranslate()
{
    m_formal->setTitle(tr("Formal requirements"));
    m_material->setTitle(tr("Material requirements"));
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setText(Review::label(it.key()));
    m_notified->setText(tr("Reporter told of the missing items on"));
    m_noteLabel->setText(tr("Note:"));
}

void ReviewEditor::setReview(const Review &r)
{
    m_loading = true;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setChecked(r.met.contains(it.key()));
    m_notified->setChecked(r.notifiedOn.isValid());
    m_notifiedOn->setDate(r.notifiedOn.isValid() ? r.notifiedOn : QDate::currentDate());
    m_note->setPlainText(r.note);
    m_loading = false;
    updateSummary();
}

Review ReviewEditor::review() const
{
    Review r;
    for (const QString &code : Review::requirements()) {
        if (m_boxes.value(code)->isChecked())
            r.met << code;
    }
    if (m_notified->isChecked())
        r.notifiedOn = m_notifiedOn->date();
    r.note = m_note->toPlainText();
    return r;
}

void ReviewEditor::edited()
{
    if (m_loading)
        return;
    updateSummary();
    emit changed();
}

void ReviewEditor::updateSummary()
{
    const QStringList missing = review().missing();
    if (missing.isEmpty()) {
        m_summary->setText(tr("All requirements met"));
        return;
    }
    QStringList labels;
    for (const QString &code : missing)
        labels << Review::label(code);
    m_summary->setText(tr("Missing: %1").arg(QLocale().createSeparatedList(labels)));
}
