#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace prime::sandbox {

// The sandbox's notion of "now" in Unix ms. In interactive use it follows real
// time at a configurable speed; tests freeze it and advance it by hand, so
// confirmations and transfers happen exactly when a test says so.
class SandboxClock
{
public:
    explicit SandboxClock(qint64 startMs, double speed = 1.0);

    qint64 nowMs() const;
    void advance(qint64 ms);
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    void reset(qint64 nowMs); // used when state is restored from a file

private:
    void rebase();

    qint64 m_baseMs;
    double m_speed;
    bool m_frozen = false;
    QElapsedTimer m_real;
};

} // namespace prime::sandbox
