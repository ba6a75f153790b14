#include "common/PrintPreview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>

void PrintPreview::localise(QPrintPreviewDialog &dialog)
{
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    auto *zoom = dialog.findChild<QComboBox *>();
    if (!preview || !zoom || !zoom->lineEdit())
        return;
    // After Qt's own update of the text (connected first): the same zoom, written as the
    // locale writes a number. Qt reads the text back only when it is edited.
    QObject::connect(preview, &QPrintPreviewWidget::previewChanged, zoom, [preview, zoom] {
        const double percent = preview->zoomFactor() * 100;
        const bool whole = qAbs(percent - qRound(percent)) < 0.05;
        zoom->lineEdit()->setText(QLocale().toString(percent, 'f', whole ? 0 : 1) +
                                  QLatin1Char('%'));
    });
}

void PrintPreview::show(const PrintedDocument &doc, PrintedDocument::Paper paper,
                        const QString &objectName, const QString &failureTitle, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    PrintedDocument::setPaper(&printer, paper, doc.landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(doc.title);
    localise(dialog);
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *device) { doc.render(device, &error); });
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, failureTitle, error);
}
