#include "case/AnalysisEditor.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

AnalysisEditor::AnalysisEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisEditor"));
    new QVBoxLayout(this);
    m_facts = addPart(QStringLiteral("analysisFacts"), &m_factsLabel);
    m_elements = addPart(QStringLiteral("analysisElements"), &m_elementsLabel);
    m_conclusion = addPart(QStringLiteral("analysisConclusion"), &m_conclusionLabel);
    retranslate();
}

QPlainTextEdit *AnalysisEditor::addPart(const QString &objectName, QLabel **label)
{
    *label = new QLabel(this);
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    // Tab moves on to the next part; the analysis is typed, not indented.
    edit->setTabChangesFocus(true);
    (*label)->setBuddy(edit);
    layout()->addWidget(*label);
    layout()->addWidget(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    return edit;
}

void AnalysisEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisEditor::retranslate()
{
    m_factsLabel->setText(tr("Facts"));
    m_facts->setPlaceholderText(
        tr("What happened, as shown by the evidence and the clarification hearings"));
    m_elementsLabel->setText(tr("Legal elements"));
    m_elements->setPlaceholderText(
        tr("Each element of the rule that was violated, and whether the facts meet it"));
    m_conclusionLabel->setText(tr("Conclusion"));
    m_conclusion->setPlaceholderText(
        tr("Whether the elements of a violation are met: forward the case or stop it"));
}

void AnalysisEditor::setAnalysis(const QString &facts, const QString &elements,
                                 const QString &conclusion)
{
    m_loading = true;
    m_facts->setPlainText(facts);
    m_elements->setPlainText(elements);
    m_conclusion->setPlainText(conclusion);
    m_loading = false;
}

QString AnalysisEditor::facts() const
{
    return m_facts->toPlainText();
}

QString AnalysisEditor::elements() const
{
    return m_elements->toPlainText();
}

QString AnalysisEditor::conclusion() const
{
    return m_conclusion->toPlainText();
}
