#pragma once

#include <QtGlobal>

#include <functional>

namespace prime {

// A client-side model of Kraken's per-key REST call counter (reference 3.3):
// each call adds its cost, the counter decays at a fixed rate, and a call that
// would push it over the tier's maximum waits until enough has decayed. Staying
// under the limit is cheaper than recovering from EAPI:Rate limit exceeded.
class RateLimiter
{
public:
    struct Tier
    {
        double maxCounter = 20;
        double decayPerSecond = 0.5;
        static Tier starter() { return {15, 0.33}; }
        static Tier intermediate() { return {20, 0.5}; }
        static Tier pro() { return {20, 1.0}; }
        static Tier unlimited() { return {0, 0}; } // maxCounter 0: no limiting (sandbox)
        bool isUnlimited() const { return maxCounter <= 0; }
    };
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit RateLimiter(Tier tier = Tier::intermediate(), Clock clock = {});

    // Milliseconds to wait before a call of this cost may be sent (0: now).
    qint64 delayFor(double cost = 1) const;
    // Books a call that is being sent now.
    void record(double cost = 1);
    // After Kraken said the limit was exceeded: our model was behind; assume full.
    void saturate();
    double counter() const;
    const Tier &tier() const { return m_tier; }

private:
    void decay() const;
    Tier m_tier;
    Clock m_clock;
    mutable double m_counter = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace prime
