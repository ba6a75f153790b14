#pragma once

#include "documents/PrintedDocument.h"

class QPrintPreviewDialog;
class QWidget;

// The one door for previewing a printed document in the windows: Qt's print preview (named
// `objectName`) on the document's paper and orientation, printing from there; a document that
// cannot be drawn is told under `failureTitle`.
namespace PrintPreview {
void show(const PrintedDocument &doc, PrintedDocument::Paper paper, const QString &objectName,
          const QString &failureTitle, QWidget *parent);
// Qt's preview writes its zoom with a decimal point whatever the language ("100.0%"): shown
// in the user's language instead ("100%", "54,3%") each time the preview changes.
void localise(QPrintPreviewDialog &dialog);
} // namespace PrintPreview
