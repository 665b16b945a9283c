#include "BatchTracker.h"

#include "PrimeClient.h"

#include <QLoggingCategory>
#include <QTimer>

namespace prime {

Q_LOGGING_CATEGORY(lcTracker, "prime.settlement.tracker")

BatchTracker::BatchTracker(PrimeClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BatchTracker::poll);
}

void BatchTracker::setBackoff(int initialMs, int maxMs)
{
    m_initialMs = qMax(1, initialMs);
    m_maxMs = qMax(m_initialMs, maxMs);
    m_delayMs = m_initialMs;
}

bool BatchTracker::isInMotion(const Batch &batch)
{
    for (const Leg &leg : batch.legs) {
        if (!leg.latestTransfer.isEmpty() && leg.latestTransfer.status != QLatin1String("completed")
            && leg.latestTransfer.status != QLatin1String("failed"))
            return true;
    }
    return batch.status == QLatin1String("settled");
}

void BatchTracker::track(const QString &batchId)
{
    if (batchId == m_batchId && m_timer->isActive())
        return; // already following it; do not reset the pause
    stop();
    m_batchId = batchId;
    m_delayMs = m_initialMs;
    m_polls = 0;
    qCDebug(lcTracker) << "tracking" << batchId;
    schedule();
}

void BatchTracker::stop()
{
    m_timer->stop();
    ++m_generation; // an answer still on its way is ignored
    if (m_inFlight != 0 && m_client)
        m_client->cancel(m_inFlight);
    m_inFlight = 0;
    m_batchId.clear();
    m_last.reset();
}

void BatchTracker::schedule()
{
    m_timer->start(m_delayMs);
}

void BatchTracker::poll()
{
    if (m_batchId.isEmpty() || !m_client)
        return;
    ++m_polls;
    const quint64 generation = m_generation;
    m_inFlight = m_client->getBatch(m_batchId, this, [this, generation](const Result<Batch> &r) {
        if (generation != m_generation)
            return;
        m_inFlight = 0;
        if (!r.ok()) {
            if (r.error.category == PrimeError::Category::Cancelled)
                return;
            emit pollFailed(r.error);
            using C = PrimeError::Category;
            const C c = r.error.category;
            if (c == C::Authentication || c == C::Permission || c == C::InvalidArguments
                || c == C::Configuration) {
                Batch last;
                if (m_last)
                    last = *m_last;
                else
                    last.id = m_batchId;
                stop();
                emit finished(last);
                return;
            }
            m_delayMs = qMin(m_maxMs, m_delayMs * 2);
            schedule();
            return;
        }
        const Batch &batch = *r.value;
        const bool changed = !m_last || !(*m_last == batch);
        m_last = batch;
        if (changed)
            emit updated(batch);
        if (!isInMotion(batch)) {
            qCDebug(lcTracker) << "batch" << batch.id << "settled down after" << m_polls << "polls";
            stop();
            emit finished(batch);
            return;
        }
        m_delayMs = changed ? m_initialMs : qMin(m_maxMs, m_delayMs * 2);
        schedule();
    });
}

} // namespace prime
