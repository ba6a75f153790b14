#pragma once

#include "store/CaseRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The register's filters and search, with the filter in use always spelled out and one click
// (or Ctrl+Shift+L) to clear it. Search runs as the user types, after a short pause.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the regency list from the regencies that have cases in the file.
    void setRegencies(const QStringList &codes);
    CaseFilter filter() const;
    // Shows a filter (for example from a chart or the today panel) without typing it.
    void setFilter(const CaseFilter &filter);
    void focusSearch();
    void clear();
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void filterChanged(const CaseFilter &filter);

private:
    void emitChanged();
    void updateSummary();
    static void fillCodes(QComboBox *combo, int kind);

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_election;
    QComboBox *m_regency;
    QComboBox *m_category;
    QComboBox *m_position;
    QComboBox *m_deadline;
    QCheckBox *m_useDates;
    QLabel *m_and; // between the two dates
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QLabel *m_summary;
    QTimer *m_searchDelay;
    QStringList m_regencyCodes;
    bool m_updating = false;
};
