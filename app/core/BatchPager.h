#pragma once

#include "PrimeError.h"
#include "Settlement.h"

#include <QObject>
#include <QPointer>

namespace prime {

class PrimeClient;

// Reads ListPrimeSettlementBatches page by page (200, the server's maximum, by
// default) for one query: a page at a time for the list ("load more"), or
// every page for reports ("load all"). Reports each page as it arrives so the
// UI can show progress, and can be cancelled between and during pages.
class BatchPager : public QObject
{
    Q_OBJECT
public:
    explicit BatchPager(PrimeClient *client, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = qBound(1, size, 200); }
    int pageSize() const { return m_pageSize; }

    // Starts over with `query` (its limit and offset are replaced) and loads
    // `pages` pages; 0 loads every page.
    void start(const BatchQuery &query, int pages = 1);
    // Loads `pages` more pages of the current query (0: all that remain).
    void loadMore(int pages = 1);
    void cancel();

    bool isRunning() const { return m_inFlight != 0; }
    bool hasMore() const { return m_hasMore; }
    int loadedCount() const { return m_offset; }
    const BatchQuery &query() const { return m_query; }

signals:
    // One page arrived; `loaded` batches so far for this query.
    void pageLoaded(const QList<prime::Batch> &batches, int loaded, bool hasMore);
    void finished(int loaded, bool hasMore);
    void failed(const prime::PrimeError &error);
    void cancelled();

private:
    void requestPage();

    QPointer<PrimeClient> m_client;
    BatchQuery m_query;
    int m_pageSize = 200;
    int m_offset = 0;
    int m_pagesLeft = 0; // <0: all
    bool m_hasMore = false;
    quint64 m_inFlight = 0;
    quint64 m_generation = 0;
};

} // namespace prime
