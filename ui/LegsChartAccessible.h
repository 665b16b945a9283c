#pragma once

#include <QAccessibleWidget>

namespace prime::ui {

class LegsChart;

// The chart as assistive technology sees it: its name, every leg in words as the
// description, and the leg the keyboard is on as its value (announced when it moves).
class LegsChartAccessible : public QAccessibleWidget
{
public:
    explicit LegsChartAccessible(LegsChart *chart);

    QString text(QAccessible::Text t) const override;
};

// For QAccessible::installFactory: the interface of every LegsChart.
QAccessibleInterface *legsChartAccessibleFactory(const QString &className, QObject *object);

} // namespace prime::ui
