#pragma once

#include <QWidget>

class Database;
class QTreeWidget;
class QTreeWidgetItem;

// What needs doing today: open cases whose next deadline is late, due today or due within
// three days, most urgent first. Enter or a double click opens the case; on the last line of a
// group that holds more cases than it lists, the register filtered to the whole group.
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    // The cases listed per group, two lines each: the most urgent, few enough that the three
    // groups show together in a side panel of a 768-pixel screen. The rest are one activation
    // away in the register (showInRegister).
    static constexpr int MaxPerGroup = 5;
    // The case's id on its line (none on a group's title or its "N more" line).
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit TodayPanel(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    void refresh();
    void retranslate();
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

signals:
    void openCase(qint64 caseId);
    // The register filtered to a group's cases (CaseFilter::deadlineState).
    void showInRegister(const QString &deadlineState);

private:
    void activate(QTreeWidgetItem *item);

    Database *m_db = nullptr;
    QTreeWidget *m_list;
};
