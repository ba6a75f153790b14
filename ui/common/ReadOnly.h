#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

// Makes a form show its values without letting them change: for a role that may read a case but
// not edit it. Texts stay selectable; choices and buttons are disabled.
inline void makeReadOnly(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(true);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->setReadOnly(true);
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            rich->setReadOnly(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->setReadOnly(true);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w))
            w->setEnabled(false);
    }
}
