#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

// The structured analysis of a case (kajian, docs/domain.md §3 step 5): the facts, the legal
// elements of the violation, and the conclusion that leads to forwarding or stopping.
class AnalysisEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisEditor(QWidget *parent = nullptr);

    void setAnalysis(const QString &facts, const QString &elements, const QString &conclusion);
    QString facts() const;
    QString elements() const;
    QString conclusion() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPlainTextEdit *addPart(const QString &objectName, QLabel **label);

    QLabel *m_factsLabel = nullptr;
    QLabel *m_elementsLabel = nullptr;
    QLabel *m_conclusionLabel = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QPlainTextEdit *m_elements = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    bool m_loading = false;
};
