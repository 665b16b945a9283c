#pragma once

#include "PrimeError.h"
#include "Settlement.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace prime {

class PrimeClient;

// Follows one batch after a settle: polls GetPrimeSettlementBatch with growing
// pauses (backoff, reset whenever the batch changes) until no transfer is
// pending and the batch is no longer waiting to complete, or until stop() (the
// user left the batch). Failed reads are reported and polling goes on with the
// longer pause, except for errors no pause can fix (authentication, permission).
class BatchTracker : public QObject
{
    Q_OBJECT
public:
    explicit BatchTracker(PrimeClient *client, QObject *parent = nullptr);

    // Pause before the first poll and its growth: initial * 2^n, capped.
    void setBackoff(int initialMs, int maxMs);
    int initialDelayMs() const { return m_initialMs; }
    int maxDelayMs() const { return m_maxMs; }

    void track(const QString &batchId);
    void stop();
    bool isTracking() const { return !m_batchId.isEmpty(); }
    const QString &batchId() const { return m_batchId; }
    int pollCount() const { return m_polls; }
    int nextDelayMs() const { return m_delayMs; }

    // Something is still moving: a transfer not yet completed, or a fully
    // settled batch that has not turned `completed` yet.
    static bool isInMotion(const Batch &batch);

signals:
    void updated(const prime::Batch &batch);
    void pollFailed(const prime::PrimeError &error);
    // Nothing moves any more (or polling gave up on an error): the last batch read.
    void finished(const prime::Batch &batch);

private:
    void poll();
    void schedule();

    QPointer<PrimeClient> m_client;
    QTimer *m_timer;
    QString m_batchId;
    std::optional<Batch> m_last;
    quint64 m_inFlight = 0;
    int m_initialMs = 1000;
    int m_maxMs = 15000;
    int m_delayMs = 1000;
    int m_polls = 0;
    quint64 m_generation = 0;
};

} // namespace prime
