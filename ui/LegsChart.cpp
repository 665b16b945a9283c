#include "LegsChart.h"

#include "LegsChartAccessible.h"

#include <AssetAmount.h>
#include <Format.h>

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace prime::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kCompactAbove = 14; // legs; beyond this rows get shorter

bool isIncoming(const Leg &leg)
{
    return leg.direction == QLatin1String("incoming");
}

bool isOutgoing(const Leg &leg)
{
    return leg.direction == QLatin1String("outgoing");
}

bool transferPending(const Leg &leg)
{
    return !leg.latestTransfer.isEmpty() && leg.latestTransfer.status != QLatin1String("completed")
           && !leg.isSettled();
}
} // namespace

LegsChart::LegsChart(QWidget *parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(legsChartAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("legsChart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setFocusPolicy(Qt::StrongFocus);
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing)
    setAccessibleName(tr("Legs chart"));
    setAccessibleDescription(summary());
}

void LegsChart::setLegs(const QList<Leg> &legs)
{
    m_legs = legs;
    // Incoming first, then outgoing, then anything else; by asset within.
    auto rank = [](const Leg &l) { return isIncoming(l) ? 0 : (isOutgoing(l) ? 1 : 2); };
    std::stable_sort(m_legs.begin(), m_legs.end(), [&rank](const Leg &a, const Leg &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.asset < b.asset;
    });
    m_minMagnitude = m_maxMagnitude = 0.0;
    bool first = true;
    for (const Leg &l : m_legs) {
        const double m = amountMagnitude(l.amount);
        m_minMagnitude = first ? m : qMin(m_minMagnitude, m);
        m_maxMagnitude = first ? m : qMax(m_maxMagnitude, m);
        first = false;
    }
    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

void LegsChart::setHighlightedAsset(const QString &asset)
{
    if (asset == m_highlighted)
        return;
    m_highlighted = asset;
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent changed(this, legDescription(highlightedRow()));
        QAccessible::updateAccessibility(&changed);
    }
}

int LegsChart::rowHeight() const
{
    const int text = fontMetrics().height();
    return m_legs.size() > kCompactAbove ? text + 6 : text * 2 + 4;
}

int LegsChart::headerHeight() const
{
    return fontMetrics().height() * 2 + 6;
}

int LegsChart::labelWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int w = fm.horizontalAdvance(tr("Asset")); // the header, as translated
    for (const Leg &l : m_legs)
        w = qMax(w, fm.horizontalAdvance(l.asset));
    return w + fm.horizontalAdvance(QStringLiteral(" \u2713 ")) + kMargin;
}

int LegsChart::statusWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int w = 0;
    for (const Leg &l : m_legs)
        w = qMax(w, fm.horizontalAdvance(statusText(l)));
    return w + 2 * kMargin;
}

int LegsChart::amountWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int w = fm.horizontalAdvance(tr("Net amount"));
    for (const Leg &l : m_legs)
        w = qMax(w, fm.horizontalAdvance(formatSignedAmount(l.amount, l.direction, l.asset)));
    return w + 2 * kMargin;
}

QRect LegsChart::plotRect() const
{
    const int left = kMargin + labelWidth() + amountWidth();
    const int right = width() - kMargin - statusWidth();
    return QRect(left, headerHeight(), qMax(40, right - left), int(m_legs.size()) * rowHeight());
}

QSize LegsChart::sizeHint() const
{
    const int rows = qMax<int>(1, int(m_legs.size()));
    return QSize(640, headerHeight() + rows * rowHeight() + 2 * fontMetrics().height() + 3 * kMargin);
}

QSize LegsChart::minimumSizeHint() const
{
    // Every row keeps its height: in a scroll area the chart scrolls, rows never squeeze.
    return QSize(360, sizeHint().height());
}

bool LegsChart::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor LegsChart::directionColour(const QString &direction) const
{
    // Blue and orange stay apart for the common colour-vision deficiencies.
    if (direction == QLatin1String("incoming"))
        return isDark() ? QColor(0x5a, 0xa9, 0xe6) : QColor(0x1f, 0x6f, 0xb2);
    if (direction == QLatin1String("outgoing"))
        return isDark() ? QColor(0xf3, 0x9c, 0x4a) : QColor(0xc2, 0x54, 0x00);
    return palette().color(QPalette::Mid);
}

QString LegsChart::statusText(const Leg &leg) const
{
    if (leg.isSettled())
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        return tr("\u2713 Settled");
    if (transferPending(leg))
        return tr("\u21c4 Transfer %1").arg(models::formatStatus(leg.latestTransfer.status).toLower());
    if (leg.canSettle)
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        return tr("Can settle");
    return models::formatStatus(leg.status);
}

double LegsChart::lengthFraction(int row) const
{
    // Order of magnitude, with one decade of head room so the smallest bar is visible.
    const double m = amountMagnitude(m_legs.at(row).amount);
    const double low = m_minMagnitude - 1.0;
    const double span = m_maxMagnitude - low;
    return span <= 0.0 ? 1.0 : qBound(0.05, (m - low) / span, 1.0);
}

QRect LegsChart::barRect(int row) const
{
    const QRect plot = plotRect();
    const Leg &leg = m_legs.at(row);
    const int centre = plot.center().x();
    // The amounts have their own column, so each half of the plot is all bar.
    const int maxLength = qMax(10, plot.width() / 2 - kMargin);
    const int length = qMax(3, int(maxLength * lengthFraction(row)));
    const int h = rowHeight();
    const int barHeight = qMax(6, h - (m_legs.size() > kCompactAbove ? 6 : 14));
    const int top = plot.top() + row * h + (h - barHeight) / 2;
    if (isOutgoing(leg))
        return QRect(centre - length, top, length, barHeight);
    return QRect(centre + 1, top, length, barHeight);
}

int LegsChart::rowAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (pos.y() < plot.top() || pos.y() >= plot.bottom() || m_legs.isEmpty())
        return -1;
    const int row = (pos.y() - plot.top()) / rowHeight();
    return row < m_legs.size() ? row : -1;
}

QString LegsChart::toolTipFor(int row) const
{
    if (row < 0 || row >= m_legs.size())
        return {};
    const Leg &l = m_legs.at(row);
    QStringList lines;
    const QString direction = isIncoming(l) ? tr("Incoming: you receive")
                              : isOutgoing(l) ? tr("Outgoing: you send")
                                              : models::formatStatus(l.direction);
    lines << QStringLiteral("<b>%1</b> — %2").arg(l.asset.toHtmlEscaped(), direction.toHtmlEscaped());
    lines << tr("Amount: %1 %2").arg(formatSignedAmount(l.amount, l.direction, l.asset), l.asset.toHtmlEscaped());
    lines << tr("Exact amount sent by Kraken: %1").arg(l.amount.toHtmlEscaped());
    lines << tr("Status: %1").arg(models::formatStatus(l.status).toHtmlEscaped());
    if (l.settledAt)
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        lines << tr("Settled at: %1").arg(models::formatTime(l.settledAt));
    if (!l.latestTransfer.isEmpty()) {
        lines << tr("Transfer %1: %2 %3 %4")
                     .arg(l.latestTransfer.id.toHtmlEscaped(),
                          models::formatStatus(l.latestTransfer.status).toHtmlEscaped(),
                          l.latestTransfer.amount.toHtmlEscaped(), l.latestTransfer.asset.toHtmlEscaped());
    }
    //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    lines << (l.canSettle ? tr("Can be settled now.")
                          :
                            //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                            tr("Cannot be settled now."));
    return lines.join(QStringLiteral("<br>"));
}

QString LegsChart::legDescription(int row) const
{
    if (row < 0 || row >= m_legs.size())
        return {};
    const Leg &l = m_legs.at(row);
    //: Direction of a leg in a sentence read by screen readers
    const QString direction = isIncoming(l) ? tr("incoming (you receive)")
                              : isOutgoing(l) ? tr("outgoing (you send)")
                                              : models::formatStatus(l.direction);
    QString state;
    if (l.isSettled())
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        state = tr("settled");
    else if (transferPending(l))
        state = tr("transfer %1").arg(models::formatStatus(l.latestTransfer.status).toLower());
    else if (l.canSettle)
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        state = tr("can settle now");
    else
        state = models::formatStatus(l.status).toLower();
    //: One leg read by screen readers: asset, signed amount, direction, state; e.g. "BTC +1.25 incoming (you receive), settled"
    return tr("%1 %2 %3, %4").arg(l.asset, formatSignedAmount(l.amount, l.direction, l.asset), direction, state);
}

QString LegsChart::summary() const
{
    if (m_legs.isEmpty())
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        return tr("This batch has no legs.");
    QStringList parts;
    for (int row = 0; row < m_legs.size(); ++row)
        parts << legDescription(row);
    //: "Leg" = one asset's part of a settlement batch (an amount you receive or send); %1 lists the legs
    return tr("%n leg(s): %1.", nullptr, int(m_legs.size())).arg(parts.join(QStringLiteral("; ")))
           //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing)
           + QLatin1Char(' ') + tr("Up and Down move between the legs.");
}

int LegsChart::highlightedRow() const
{
    for (int row = 0; row < m_legs.size(); ++row)
        if (m_legs.at(row).asset == m_highlighted)
            return row;
    return -1;
}

void LegsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_legs.isEmpty()) {
        QColor muted = pal.color(QPalette::Text);
        muted.setAlpha(160);
        p.setPen(muted);
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        p.drawText(rect(), Qt::AlignCenter, tr("This batch has no legs."));
        return;
    }
    const QRect plot = plotRect();
    const int centre = plot.center().x();
    QColor muted = pal.color(QPalette::Text);
    muted.setAlpha(160); // secondary text that stays readable on any base colour
    const QColor in = directionColour(QStringLiteral("incoming"));
    const QColor out = directionColour(QStringLiteral("outgoing"));

    // Header: which side is which, in words and arrows as well as colour.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QRect head(plot.left(), kMargin / 2, plot.width(), fm.height() + 2);
    p.setPen(out);
    p.drawText(QRect(head.left(), head.top(), plot.width() / 2 - kMargin, head.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("\u2190 You send"));
    p.setPen(in);
    p.drawText(QRect(centre + kMargin, head.top(), plot.width() / 2 - kMargin, head.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("You receive \u2192"));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(kMargin, head.top(), labelWidth(), head.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Asset"));
    p.drawText(QRect(kMargin + labelWidth(), head.top(), amountWidth() - kMargin, head.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("Net amount"));
    p.drawText(QRect(plot.right() + kMargin, head.top(), statusWidth(), head.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Status"));
    p.setFont(font());

    const int h = rowHeight();
    for (int row = 0; row < m_legs.size(); ++row) {
        const Leg &leg = m_legs.at(row);
        const QRect line(0, plot.top() + row * h, width(), h);
        if (leg.asset == m_highlighted) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlpha(60);
            p.fillRect(line, hl);
        } else if (row % 2 == 1) {
            p.fillRect(line, pal.color(QPalette::AlternateBase));
        }
        const QColor colour = directionColour(leg.direction);
        const QRect bar = barRect(row);
        p.fillRect(bar, colour);
        if (leg.isSettled()) {
            // Settled: hatched, so it reads as "done" without relying on colour.
            p.fillRect(bar, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
        }
        if (transferPending(leg)) {
            QPen dash(pal.color(QPalette::Text), 1, Qt::DashLine);
            p.setPen(dash);
            p.drawRect(bar.adjusted(0, 0, -1, -1));
        }

        // The exact signed amount in its own column, right-aligned so digits line up.
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(kMargin + labelWidth(), line.top(), amountWidth() - kMargin, h),
                   Qt::AlignRight | Qt::AlignVCenter, formatSignedAmount(leg.amount, leg.direction, leg.asset));

        // Asset label with a check mark for settled legs.
        QFont assetFont = font();
        assetFont.setBold(true);
        p.setFont(assetFont);
        p.drawText(QRect(kMargin, line.top(), labelWidth(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   leg.isSettled() ? leg.asset + QStringLiteral(" \u2713") : leg.asset);
        p.setFont(font());
        p.setPen(leg.isSettled() || transferPending(leg) || leg.canSettle ? pal.color(QPalette::Text) : muted);
        p.drawText(QRect(plot.right() + kMargin, line.top(), statusWidth(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   statusText(leg));
    }
    if (hasFocus()) {
        // The keyboard's position: a focus frame around the current leg (or the whole chart).
        const int current = highlightedRow();
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = current < 0 ? rect().adjusted(1, 1, -1, -1)
                                 : QRect(1, plot.top() + current * h, width() - 2, h).adjusted(0, 1, 0, -1);
        focus.backgroundColor = pal.color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
        QPen frame(pal.color(QPalette::Highlight), 2);
        p.setPen(frame);
        p.drawRect(focus.rect.adjusted(1, 1, -1, -1));
    }
    // The axis: where nothing moves.
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    p.drawLine(centre, plot.top() - 2, centre, plot.bottom() + 2);

    p.setPen(muted);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.drawText(QRect(kMargin, plot.bottom() + 4, width() - 2 * kMargin, 2 * fm.height() + 4),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
               tr("Bar length: order of magnitude (units differ per asset). Hatched: settled. "
                  "Dashed outline: transfer in flight."));
}

bool LegsChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipFor(rowAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void LegsChart::keyPressEvent(QKeyEvent *event)
{
    if (m_legs.isEmpty() || event->modifiers() & ~Qt::KeypadModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int current = highlightedRow();
    const int last = int(m_legs.size()) - 1;
    const int page = qMax(1, (parentWidget() ? parentWidget()->height() : height()) / rowHeight() - 1);
    int row = current;
    switch (event->key()) {
    case Qt::Key_Up: row = current < 0 ? last : qMax(0, current - 1); break;
    case Qt::Key_Down: row = current < 0 ? 0 : qMin(last, current + 1); break;
    case Qt::Key_Home: row = 0; break;
    case Qt::Key_End: row = last; break;
    case Qt::Key_PageUp: row = qMax(0, current - page); break;
    case Qt::Key_PageDown: row = qMin(last, qMax(0, current) + page); break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    moveToRow(row);
}

void LegsChart::moveToRow(int row)
{
    if (row < 0 || row >= m_legs.size())
        return;
    // As a click does: the detail view selects the leg and highlights it back here.
    emit assetClicked(m_legs.at(row).asset);
    setHighlightedAsset(m_legs.at(row).asset);
    const QRect line(0, plotRect().top() + row * rowHeight(), width(), rowHeight());
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            const QPoint centre = mapTo(scroll->widget(), line.center());
            scroll->ensureVisible(centre.x(), centre.y(), 0, rowHeight());
            break;
        }
    }
    showRowTip(row);
}

void LegsChart::showRowTip(int row)
{
    const QRect bar = barRect(row);
    QToolTip::showText(mapToGlobal(QPoint(bar.center().x(), bar.bottom())), toolTipFor(row), this, bar);
}

void LegsChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    if (const int row = highlightedRow(); row >= 0 && event->reason() != Qt::MouseFocusReason)
        showRowTip(row);
}

void LegsChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    update();
}

void LegsChart::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit assetClicked(m_legs.at(row).asset);
    QWidget::mousePressEvent(event);
}

} // namespace prime::ui
