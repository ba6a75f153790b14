#pragma once

#include "store/LedgerRepository.h"

#include <QDialog>
#include <QList>
#include <QPair>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Records what the authority recommended for one person reported and what the PPK did. OK
// checks the dates (nothing after today, no recommendation before the forwarding, no decision
// before the recommendation) and stores through LedgerRepository::saveFollowUp; a refusal is
// shown and nothing is stored.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(Database &db, const LedgerRow &row, int responseDays, QWidget *parent = nullptr);

    // PPK names with their offices already in the file, for completion: a known name fills
    // its office.
    void setKnownPpks(const QList<QPair<QString, QString>> &ppks);

    // The follow-up as the fields give it.
    FollowUp followUp() const;
    // Why the fields cannot be stored, in the user's language; empty when they can.
    QStringList problems() const;
    // The follow-up as stored, after the dialog was accepted.
    const FollowUp &saved() const { return m_saved; }

    void accept() override;

private:
    QDateEdit *addDate(const QString &name, const QDate &value, const QDate &fallback,
                       QCheckBox **set);
    void updateDue();
    void ppkNameEdited(const QString &name);

    Database &m_db;
    LedgerRow m_row;
    int m_responseDays;
    FollowUp m_saved;
    QList<QPair<QString, QString>> m_knownPpks;

    QComboBox *m_authority = nullptr;
    QLineEdit *m_recommendationNumber = nullptr;
    QCheckBox *m_recommendationDateSet = nullptr;
    QDateEdit *m_recommendationDate = nullptr;
    QComboBox *m_sanctionRecommended = nullptr;
    QLineEdit *m_ppkName = nullptr;
    QLineEdit *m_ppkOffice = nullptr;
    QCheckBox *m_responseDueSet = nullptr;
    QDateEdit *m_responseDue = nullptr;
    QLabel *m_dueHint = nullptr;
    QLineEdit *m_decisionNumber = nullptr;
    QCheckBox *m_decisionDateSet = nullptr;
    QDateEdit *m_decisionDate = nullptr;
    QComboBox *m_sanctionImposed = nullptr;
};
