#include "Benches.h"

#include "SandboxSession.h"
#include "Session.h"
#include "SettlementPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace {

struct Run
{
    double stallMs = 0;
    double totalMs = 0;
    double handlingMs = 0;
};

// The app's own settlement pane (model, sorted proxy, view, summary, paging
// text) loads every batch from the in-process sandbox, page by page, through
// the real client; a GUI-thread timer records the longest gap between ticks.
Run loadOnce(int count)
{
    prime::sandbox::SandboxOptions options;
    options.seed = prime::sandbox::SandboxOptions::Seed::Empty;
    QString error;
    std::unique_ptr<prime::Session> session(prime::shell::startSandboxSession(&error, options));
    if (!session)
        qFatal("sandbox did not start: %s", qPrintable(error));
    prime::sandbox::SandboxServer *sandbox = prime::shell::sandboxOf(session.get());
    sandbox->setClockFrozen(true);
    sandbox->addCompletedBatches(count);

    prime::ui::SettlementPane pane;
    pane.resize(1280, 800);
    pane.show();
    pane.setSession(session.get());
    QApplication::processEvents();

    // A timer on the GUI thread: the longest gap between its ticks is the worst freeze.
    QElapsedTimer sinceTick;
    qint64 longestStallNs = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    QEventLoop loop;
    QObject::connect(&pane, &prime::ui::Pane::busyChanged, &loop, [&](bool busy) {
        if (!busy)
            loop.quit();
    });
    QObject::connect(&pane, &prime::ui::Pane::failed, [](const QString &what, const prime::PrimeError &e) {
        qFatal("%s failed: %s", qPrintable(what), qPrintable(e.details()));
    });
    const qint64 handlingBefore = sandbox->handlingNanoseconds();
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    pane.loadAll();
    loop.exec();
    const double totalMs = total.nsecsElapsed() / 1e6;
    ticker.stop();
    const double handlingMs = (sandbox->handlingNanoseconds() - handlingBefore) / 1e6;
    if (pane.visibleRowCount() != count)
        qFatal("loaded %d of %d batches", pane.visibleRowCount(), count);
    pane.setSession(nullptr);
    return {longestStallNs / 1e6, totalMs, handlingMs};
}

} // namespace

QJsonObject benchResponsiveness(bool quick)
{
    // A fresh sandbox and pane per run; the worst stall of all runs is reported.
    const int count = quick ? 2000 : 10000;
    double worstStall = 0;
    QList<double> totals, handling, ratios;
    for (int i = 0; i < (quick ? 1 : 3); ++i) {
        const Run r = loadOnce(count);
        worstStall = std::max(worstStall, r.stallMs);
        totals << r.totalMs;
        handling << r.handlingMs;
        ratios << (r.handlingMs > 0 ? r.totalMs / r.handlingMs : 0);
    }
    return QJsonObject{{QStringLiteral("batches"), count},
                       {QStringLiteral("runs"), int(totals.size())},
                       {QStringLiteral("longest_gui_stall_ms"), worstStall},
                       {QStringLiteral("total_ms"), median(totals)},
                       {QStringLiteral("sandbox_handling_ms"), median(handling)},
                       {QStringLiteral("ratio"), median(ratios)}};
}
