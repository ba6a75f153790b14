#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// What needs doing today: open cases whose next deadline is late, due today or due within
// three days, most urgent first. Enter or a double click opens the case.
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPerGroup = 200;

    explicit TodayPanel(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    void refresh();
    void retranslate();
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

signals:
    void openCase(qint64 caseId);

private:
    void activate(QTreeWidgetItem *item);

    Database *m_db = nullptr;
    QLabel *m_title;
    QTreeWidget *m_list;
};
