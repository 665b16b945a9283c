#include "RateLimiter.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>

namespace prime {

RateLimiter::RateLimiter(Tier tier, Clock clock) : m_tier(tier), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [timer = std::make_shared<QElapsedTimer>()]() {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed();
        };
    }
    m_lastMs = m_clock();
}

void RateLimiter::decay() const
{
    const qint64 now = m_clock();
    const double elapsed = double(now - m_lastMs) / 1000.0;
    m_counter = std::max(0.0, m_counter - elapsed * m_tier.decayPerSecond);
    m_lastMs = now;
}

double RateLimiter::counter() const
{
    decay();
    return m_counter;
}

qint64 RateLimiter::delayFor(double cost) const
{
    if (m_tier.isUnlimited())
        return 0;
    decay();
    const double excess = m_counter + cost - m_tier.maxCounter;
    if (excess <= 0 || m_tier.decayPerSecond <= 0)
        return 0;
    return qint64(std::ceil(excess / m_tier.decayPerSecond * 1000.0));
}

void RateLimiter::record(double cost)
{
    if (m_tier.isUnlimited())
        return;
    decay();
    m_counter += cost;
}

void RateLimiter::saturate()
{
    if (m_tier.isUnlimited())
        return;
    decay();
    m_counter = std::max(m_counter, m_tier.maxCounter);
}

} // namespace prime
