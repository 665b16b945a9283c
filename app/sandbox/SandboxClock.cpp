#include "SandboxClock.h"

#include <cmath>

namespace prime::sandbox {

SandboxClock::SandboxClock(qint64 startMs, double speed) : m_baseMs(startMs), m_speed(speed)
{
    m_real.start();
}

qint64 SandboxClock::nowMs() const
{
    if (m_frozen)
        return m_baseMs;
    return m_baseMs + qint64(std::llround(double(m_real.elapsed()) * m_speed));
}

void SandboxClock::rebase()
{
    m_baseMs = nowMs();
    m_real.restart();
}

void SandboxClock::advance(qint64 ms)
{
    rebase();
    m_baseMs += qMax<qint64>(0, ms); // time never runs backwards
}

void SandboxClock::setFrozen(bool frozen)
{
    rebase();
    m_frozen = frozen;
}

void SandboxClock::setSpeed(double speed)
{
    rebase();
    m_speed = speed > 0 ? speed : 1.0;
}

void SandboxClock::reset(qint64 nowMs)
{
    m_baseMs = qMax(nowMs, this->nowMs());
    m_real.restart();
}

} // namespace prime::sandbox
