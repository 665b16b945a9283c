// Start-up hooks shared by prime-admin and prime-bench's bare-window floor, so
// both report their first paint the same way (header-only: the floor program
// links nothing of ours).
#pragma once

#include <QByteArray>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>
#include <utility>

namespace prime::startup {

// The line prime-bench waits for, with this process's peak memory (VmHWM, KiB):
// the parent cannot read it from wait4(), whose maxrss includes the parent's own.
inline void printFirstPaint()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray peak = "0";
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').value(0);
    }
    std::fprintf(stdout, "first-paint %s\n", peak.constData());
}

// Runs `then` once, right after the widget's first paint has been delivered
// (queued: its children paint in the same flush), or after `fallbackMs` if it
// is not painted by then (e.g. started minimized).
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *widget, int fallbackMs, std::function<void()> then)
        : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, [this] { run(); });
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { run(); });
        }
        return false;
    }

private:
    void run()
    {
        if (!m_then)
            return;
        const auto then = std::exchange(m_then, nullptr);
        deleteLater();
        then();
    }
    std::function<void()> m_then;
};

} // namespace prime::startup
