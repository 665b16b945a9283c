#include "Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>
#include <array>
#include <functional>

namespace prime::ui::Icons {

namespace {
using Paint = std::function<void(QPainter &, const QColor &)>;

// Draws on a 24x24 grid scaled to the requested rectangle.
class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Paint paint) : m_paint(std::move(paint)) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        const QPalette pal = QGuiApplication::palette();
        QColor colour = pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  mode == QIcon::Selected ? QPalette::HighlightedText
                                                          : QPalette::WindowText);
        m_paint(*painter, colour);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_paint); }

private:
    Paint m_paint;
};

// The application icon from its PNGs, each decoded only when a size needs it
// and read as PNG outright: QIcon::addFile() would decode nothing up front but
// first ask every image plugin whether it reads ".png" (loading them all).
class ApplicationIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int wanted = std::max(size.width(), size.height());
        int file = kSizes.back();
        for (const int s : kSizes) {
            if (s >= wanted) {
                file = s;
                break;
            }
        }
        QPixmap &pm = m_decoded[file];
        if (pm.isNull()) {
            QImageReader reader(QStringLiteral(":/icons/prime-admin-%1.png").arg(file), "png");
            reader.setAutoDetectImageFormat(false);
            pm = QPixmap::fromImage(reader.read());
        }
        return pm.size() == size ? pm : pm.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> out;
        for (const int s : kSizes)
            out.append(QSize(s, s));
        return out;
    }
    QIconEngine *clone() const override { return new ApplicationIconEngine(*this); }

private:
    static constexpr std::array<int, 8> kSizes{16, 22, 24, 32, 48, 64, 128, 256};
    QHash<int, QPixmap> m_decoded;
};

QIcon painted(const char *themeName, Paint paint)
{
    const QString name = QString::fromLatin1(themeName);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new PaintedIconEngine(std::move(paint)));
}
} // namespace

QIcon users()
{
    return painted("system-users", [](QPainter &p, const QColor &c) {
        p.setPen(Qt::NoPen);
        QColor back = c;
        back.setAlphaF(0.55);
        p.setBrush(back);
        p.drawEllipse(QRectF(13, 4, 7, 7));
        p.drawRoundedRect(QRectF(11.5, 12.5, 11, 8), 4, 4);
        p.setBrush(c);
        p.drawEllipse(QRectF(4, 4.5, 8, 8));
        p.drawRoundedRect(QRectF(1.5, 13.5, 13, 8.5), 4.5, 4.5);
    });
}

QIcon keys()
{
    return painted("dialog-password", [](QPainter &p, const QColor &c) {
        QPen pen(c, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2.5, 7, 9, 9));
        p.drawLine(QPointF(11.5, 11.5), QPointF(21.5, 11.5));
        p.drawLine(QPointF(18, 11.5), QPointF(18, 16));
        p.drawLine(QPointF(21.5, 11.5), QPointF(21.5, 15));
    });
}

QIcon settlement()
{
    return painted("view-financial-transfer", [](QPainter &p, const QColor &c) {
        QPen pen(c, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        // Two opposite arrows: legs going out and coming in.
        p.drawLine(QPointF(3, 8), QPointF(19, 8));
        p.drawPolyline(QPolygonF({QPointF(15, 4), QPointF(19.5, 8), QPointF(15, 12)}));
        p.drawLine(QPointF(21, 16.5), QPointF(5, 16.5));
        p.drawPolyline(QPolygonF({QPointF(9, 12.5), QPointF(4.5, 16.5), QPointF(9, 20.5)}));
    });
}

QIcon application()
{
    // The same artwork as the installed hicolor icons (resources/icons), so the
    // window, the task bar and the desktop entry agree.
    return QIcon::fromTheme(QStringLiteral("org.primeadmin.PrimeAdmin"), QIcon(new ApplicationIconEngine));
}

} // namespace prime::ui::Icons
