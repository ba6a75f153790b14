#include "common/PrintPreview.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

void PrintPreview::show(const PrintedDocument &doc, PrintedDocument::Paper paper,
                        const QString &objectName, const QString &failureTitle, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    PrintedDocument::setPaper(&printer, paper, doc.landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(doc.title);
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *device) { doc.render(device, &error); });
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, failureTitle, error);
}
