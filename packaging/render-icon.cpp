// render-icon: draws an SVG into square PNGs, for the hicolor icon theme of the package.
// usage: render-icon ICON.svg SIZE OUT.png [SIZE OUT.png ...]
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4 || args.size() % 2 != 0) {
        QTextStream(stderr) << "usage: render-icon ICON.svg SIZE OUT.png [SIZE OUT.png ...]\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "render-icon: cannot read " << args.at(1) << "\n";
        return 1;
    }
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        if (!image.save(args.at(i + 1), "PNG")) {
            QTextStream(stderr) << "render-icon: cannot write " << args.at(i + 1) << "\n";
            return 1;
        }
    }
    return 0;
}
