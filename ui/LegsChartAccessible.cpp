#include "LegsChartAccessible.h"

#include "LegsChart.h"

namespace prime::ui {

LegsChartAccessible::LegsChartAccessible(LegsChart *chart) : QAccessibleWidget(chart, QAccessible::Chart) {}

QString LegsChartAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value) {
        const auto *chart = static_cast<const LegsChart *>(widget());
        return chart->legDescription(chart->highlightedRow());
    }
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *legsChartAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(LegsChart::staticMetaObject.className()))
        if (auto *chart = qobject_cast<LegsChart *>(object))
            return new LegsChartAccessible(chart);
    return nullptr;
}

} // namespace prime::ui
