#pragma once

#include "documents/PrintedDocument.h"

class QWidget;

// The one door for previewing a printed document in the windows: Qt's print preview (named
// `objectName`) on the document's paper and orientation, printing from there; a document that
// cannot be drawn is told under `failureTitle`.
namespace PrintPreview {
void show(const PrintedDocument &doc, PrintedDocument::Paper paper, const QString &objectName,
          const QString &failureTitle, QWidget *parent);
} // namespace PrintPreview
