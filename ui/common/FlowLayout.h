#pragma once

#include <QLayout>
#include <QList>

// Widgets side by side at their preferred widths, on as many lines as the width needs, so that
// none is cut on a narrow window (the register's filters at 1,100 pixels). The room left on a
// line goes to its widgets that may grow (a search field, a row ending in a button pushed to the
// right), or is left at the line's end when none may.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    int count() const override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false); returns the height
    // used.
    int arrange(const QRect &rect, bool apply) const;
    // The room between two widgets: the layout's spacing, or the style's.
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
