#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

// A field that cannot be typed in looks it: on the window's ground instead of the white of a
// field to fill in (the signed minutes looked open to typing), a date without its calendar's
// arrow. Back as it was when it may be typed in again.
inline void showReadOnly(QWidget *field, bool readOnly)
{
    QPalette palette = field->palette();
    palette.setBrush(QPalette::Base, field->parentWidget() && readOnly
                                         ? field->parentWidget()->palette().window()
                                         : QApplication::palette(field).base());
    field->setPalette(palette);
    if (auto *date = qobject_cast<QDateTimeEdit *>(field)) {
        // A date with a calendar draws as a drop-down list, white and with its arrow, whatever
        // its palette and buttons say: without its calendar while it cannot be changed.
        static const char *const Popup = "calendarPopupWhenEditable";
        if (readOnly && date->calendarPopup()) {
            date->setProperty(Popup, true);
            date->setCalendarPopup(false);
        } else if (!readOnly && date->property(Popup).toBool()) {
            date->setCalendarPopup(true);
        }
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
}

// A line, a text or a spin box (a date) made read-only, or typed in again, and looking it.
template <class Field> void setReadOnly(Field *field, bool readOnly)
{
    field->setReadOnly(readOnly);
    showReadOnly(field, readOnly);
}

// Makes a form show its values without letting them change: for a role that may read a case but
// not edit it. Texts stay selectable; choices and buttons are disabled.
inline void makeReadOnly(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            setReadOnly(line, true);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            setReadOnly(plain, true);
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            rich->setReadOnly(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            setReadOnly(spin, true);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w))
            w->setEnabled(false);
    }
}
