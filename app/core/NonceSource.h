#pragma once

#include <QMutex>
#include <QString>

#include <functional>

namespace prime {

// Nonces for one API key: strictly increasing across calls, threads, processes
// and restarts, and immune to the wall clock going backwards. The base is the
// wall clock in microseconds, so bursts never collide; the high-water mark (not a
// secret) lives in a small file that is locked for every draw, so two programs
// sharing a key (the GUI and a primectl script) never reuse or reorder a nonce.
class NonceSource
{
public:
    using Clock = std::function<quint64()>; // microseconds since the Unix epoch

    // statePath: the high-water-mark file; empty keeps the mark in memory only.
    explicit NonceSource(QString statePath, Clock clock = {});
    ~NonceSource();
    NonceSource(const NonceSource &) = delete;
    NonceSource &operator=(const NonceSource &) = delete;

    // Draws a nonce under the lock and releases it: for one-off use.
    quint64 next();
    quint64 last() const;

    // Strictly increasing nonces are not enough when several programs share a key:
    // a request drawn first may still arrive second. So a request holds the key's
    // lock from drawing its nonce until its answer arrived: tryLock() (never
    // blocks), then nextLocked(), then unlock() when the request is over.
    bool tryLock();
    quint64 nextLocked();
    void unlock();

    // <AppDataLocation>/nonces/<sha256(apiKey + baseUrl)> : one file per key and server.
    static QString defaultStatePath(const QString &baseUrl, const QString &apiKey);
    static quint64 systemClockMicros();

private:
    quint64 drawLocked(); // with m_mutex and the file lock held
    quint64 readMark() const;
    void writeMark(quint64 value);

    mutable QMutex m_mutex;
    QString m_path;
    Clock m_clock;
    int m_fd = -1;
    bool m_leased = false; // a request holds the file lock
    quint64 m_last = 0;
};

} // namespace prime
