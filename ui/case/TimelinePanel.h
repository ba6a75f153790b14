#pragma once

#include "domain/Case.h"

#include <QWidget>

class Database;
class QLabel;
class DeadlineListModel;
class HistoryModel;
class QTreeView;
struct ChangeEntry;

// The timeline of one case: its deadlines and the history of every change to it. The history is
// visible to every user, so a confidential reporter is never named in it.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(Database &db, QWidget *parent = nullptr);

    void setCase(const Case &c);

    // What a change log entry did, in the user's language ("Registered", "Person added").
    static QString actionLabel(const QString &table, const QString &action);
    // What a change log entry did as a sentence with the user's full name, in the user's
    // language ("Sitti Ramadhan signed the minutes of a witness"). `attendeeRole`: the role of
    // the person an invitation's change is about (from the entry that made the invitation).
    static QString sentence(const ChangeEntry &e, const QString &who,
                            const QString &attendeeRole = QString());
    // The readable label of a stored column; the column name when there is none.
    static QString fieldLabel(const QString &table, const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fillDeadlines();
    void fillHistory();

    Database &m_db;
    Case m_case;
    QLabel *m_deadlineTitle = nullptr;
    QLabel *m_profile = nullptr;
    QTreeView *m_deadlines = nullptr;
    DeadlineListModel *m_deadlineModel = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTreeView *m_history = nullptr;
    HistoryModel *m_historyModel = nullptr;
};
