#include "BatchPager.h"

#include "PrimeClient.h"

#include <QLoggingCategory>

namespace prime {

Q_LOGGING_CATEGORY(lcPager, "prime.settlement.pager")

BatchPager::BatchPager(PrimeClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void BatchPager::start(const BatchQuery &query, int pages)
{
    cancel();
    m_query = query;
    m_offset = 0;
    m_hasMore = true;
    loadMore(pages);
}

void BatchPager::loadMore(int pages)
{
    if (isRunning() || !m_hasMore)
        return;
    m_pagesLeft = pages <= 0 ? -1 : pages;
    requestPage();
}

void BatchPager::cancel()
{
    ++m_generation;
    if (m_inFlight == 0)
        return;
    if (m_client)
        m_client->cancel(m_inFlight);
    m_inFlight = 0;
    emit cancelled();
}

void BatchPager::requestPage()
{
    if (!m_client) {
        emit failed(PrimeError::make(PrimeError::Category::Cancelled, QStringLiteral("no session")));
        return;
    }
    BatchQuery q = m_query;
    q.limit = m_pageSize;
    q.offset = m_offset;
    const quint64 generation = m_generation;
    qCDebug(lcPager) << "page at offset" << m_offset;
    // The id is only known after listBatches returns; a callback cannot run before that.
    m_inFlight = m_client->listBatches(q, this, [this, generation](const Result<BatchPage> &r) {
        if (generation != m_generation)
            return; // cancelled or restarted meanwhile
        m_inFlight = 0;
        if (!r.ok()) {
            if (r.error.category == PrimeError::Category::Cancelled) {
                emit cancelled();
                return;
            }
            emit failed(r.error);
            return;
        }
        const QList<Batch> &page = r.value->batches;
        m_offset += int(page.size());
        // An empty page with has_more would loop forever: treat it as the end.
        m_hasMore = r.value->pagination.hasMore && !page.isEmpty();
        emit pageLoaded(page, m_offset, m_hasMore);
        if (m_pagesLeft > 0)
            --m_pagesLeft;
        if (m_hasMore && m_pagesLeft != 0) {
            requestPage();
            return;
        }
        emit finished(m_offset, m_hasMore);
    });
}

} // namespace prime
