#include "common/Colours.h"

#include "domain/Codes.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <cmath>

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

namespace Colours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool isDark()
{
    return isDark(QApplication::palette());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor text(const QColor &light, const QPalette &palette)
{
    if (!isDark(palette))
        return light;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // The same hue and saturation, its lightness mirrored, then raised until it reads.
    float h = 0, s = 0, l = 0, a = 0;
    light.getHslF(&h, &s, &l, &a);
    float lightness = std::max(1.0f - l, 0.6f);
    QColor c = QColor::fromHslF(h, s, lightness, a);
    while (lightness < 0.98f && (contrast(c, base) < 4.5 || contrast(c, window) < 4.5)) {
        lightness = std::min(lightness + 0.04f, 0.98f);
        c = QColor::fromHslF(h, s, lightness, a);
    }
    return c;
}

QColor chartStatus(const QString &status)
{
    static const QHash<QString, QColor> colours = {
        {Codes::Status::Received, QColor(0x9e, 0xca, 0xe1)},
        {Codes::Status::NotRegistered, QColor(0xbd, 0xbd, 0xbd)},
        {Codes::Status::Withdrawn, QColor(0xe0, 0xe0, 0xe0)},
        {Codes::Status::Registered, QColor(0x42, 0x92, 0xc6)},
        {Codes::Status::Clarification, QColor(0x80, 0x7d, 0xba)},
        {Codes::Status::Analysis, QColor(0xfd, 0x8d, 0x3c)},
        {Codes::Status::Forwarded, QColor(0xd9, 0x48, 0x01)},
        {Codes::Status::Stopped, QColor(0x63, 0x63, 0x63)},
    };
    return colours.value(status, ChartBar);
}

QColor fill(const QColor &light, const QPalette &palette)
{
    if (!isDark(palette))
        return light;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    float h = 0, s = 0, l = 0, a = 0;
    light.getHslF(&h, &s, &l, &a);
    QColor c = light;
    while (l < 0.95f && (contrast(c, base) < 3.0 || contrast(c, window) < 3.0)) {
        l = std::min(l + 0.03f, 0.95f);
        c = QColor::fromHslF(h, s, l, a);
    }
    return c;
}

QColor textOn(const QColor &fill)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, fill) >= contrast(white, fill) ? black : white;
}

QPalette printed()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

QColor text(const QColor &light)
{
    return text(light, QApplication::palette());
}

QColor background(const QColor &light, const QPalette &palette)
{
    if (!isDark(palette))
        return light;
    // The hue of the light background, dark: the palette's light text reads on it.
    float h = 0, s = 0, l = 0, a = 0;
    light.getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h, std::min(s, 0.6f), 0.2f, a);
}

QColor background(const QColor &light)
{
    return background(light, QApplication::palette());
}

QString textStyle(const QColor &light, const QString &more)
{
    QString style = QStringLiteral("color: %1").arg(text(light).name());
    if (!more.isEmpty())
        style += QStringLiteral("; ") + more;
    return style;
}

QString noticeStyle(const QColor &lightBackground, const QString &more)
{
    QString style = QStringLiteral("background: %1; color: %2; padding: 6px")
                        .arg(background(lightBackground).name(),
                             QApplication::palette().color(QPalette::WindowText).name());
    if (!more.isEmpty())
        style += QStringLiteral("; ") + more;
    return style;
}

QLabel *noticeLabel(QWidget *parent, const QString &objectName, const QColor &lightBackground)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(noticeStyle(lightBackground));
    label->hide();
    return label;
}

} // namespace Colours
