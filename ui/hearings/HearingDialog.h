#pragma once

#include "domain/Case.h"
#include "domain/Hearing.h"
#include "domain/OfficeTime.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Plans a clarification hearing or edits one (docs/domain.md §4): when and where (or online, on
// which platform and why), the examiners and their letter of assignment, and the persons to be
// heard, taken from the case's parties or typed, each with the delivery of their invitation. Every
// invitation that would reach its person less than a day ahead is warned about as it is typed.
// OK stores the hearing through HearingRepository::saveHearing; a refusal is shown in the dialog
// and nothing is stored.
class HearingDialog : public QDialog
{
    Q_OBJECT

public:
    // `h` is a stored hearing to edit, or a new one (id 0) of the case.
    HearingDialog(Database &db, const Case &c, const Hearing &h, QWidget *parent = nullptr);

    // The hearing as the form holds it.
    Hearing hearing() const;
    // After OK: the hearing as stored, with its ids.
    const Hearing &stored() const { return m_stored; }
    // Every invitation warning of the form, one per line; empty when there is none.
    QString warnings() const;

    // A new hearing of the case, proposed a few days ahead with the examiners of its last one.
    static Hearing proposal(Database &db, const Case &c);

    void accept() override;

private:
    QFormLayout *buildHearingForm();
    QGroupBox *buildPersons();
    void buildPersonList(QGroupBox *persons);
    void buildPersonForm(QGroupBox *persons);
    QDialogButtonBox *buildButtons();
    void connectFields();
    void addParty();
    void addTyped();
    void removePerson();
    void showPerson(int row);
    void personEdited();
    void refreshRows();
    void refreshWarnings();
    void onlineToggled();
    static QDate dateOf(const QDateEdit *edit);
    static void setDateOf(QDateEdit *edit, const QDate &date);

    Database &m_db;
    Case m_case;
    Hearing m_hearing; // the hearing as given: ids, uuids and what the form does not edit
    Hearing m_stored;
    QList<Attendee> m_persons;
    OfficeTime m_zone; // the office's: the time is shown and typed in it
    bool m_filling = false;

    QDateTimeEdit *m_when = nullptr;
    QFormLayout *m_hearingForm = nullptr;
    QCheckBox *m_online = nullptr;
    QLineEdit *m_platform = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_examiners = nullptr;
    QLineEdit *m_letter = nullptr;
    QComboBox *m_partyPick = nullptr;
    QPushButton *m_addParty = nullptr;
    QPushButton *m_addTyped = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_list = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_counsel = nullptr;
    QComboBox *m_invitation = nullptr;
    QComboBox *m_delivery = nullptr;
    QDateEdit *m_invitedOn = nullptr;
    QDateEdit *m_deliveredOn = nullptr;
    QCheckBox *m_confirmed = nullptr;
    QWidget *m_personBox = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};
