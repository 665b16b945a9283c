// batches wait: polls a batch until it reaches a state.
#include "BatchesCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <memory>

namespace prime::cli {

namespace {

enum class WaitFor { Confirmed, Settled, Completed };

bool reached(const Batch &b, WaitFor target)
{
    switch (target) {
    case WaitFor::Confirmed:
        return b.confirmed;
    case WaitFor::Settled:
        return b.status == QLatin1String("settled") || b.status == QLatin1String("completed")
               || (!b.legs.isEmpty() && b.settledLegCount() == b.legs.size());
    case WaitFor::Completed:
        return b.status == QLatin1String("completed");
    }
    return false;
}

// Polls GetPrimeSettlementBatch with a growing pause until the target state or
// the deadline. Failed reads that are transient keep the poll going.
struct Waiter
{
    CliContext &ctx;
    PrimeClient &client;
    QString batchId;
    WaitFor target;
    QDeadlineTimer deadline;
    int pauseMs = 250;
    int maxPauseMs = 5000;
    QString lastProgress;
    std::optional<Batch> last;

    static void poll(std::shared_ptr<Waiter> self)
    {
        self->client.getBatch(self->batchId, &self->ctx, [self](const Result<Batch> &r) {
            CliContext &ctx = self->ctx;
            if (!r.ok() && !r.error.isTransient())
                return failWith(ctx, QStringLiteral("reading batch %1 failed").arg(self->batchId), r.error);
            if (r.ok()) {
                self->last = *r.value;
                const QString progress = QStringLiteral("batch %1: %2, %3, %4/%5 legs settled")
                                             .arg(self->batchId, r.value->status,
                                                  r.value->confirmed ? QStringLiteral("confirmed") : QStringLiteral("not confirmed"))
                                             .arg(r.value->settledLegCount())
                                             .arg(r.value->legs.size());
                if (progress != self->lastProgress) {
                    ctx.output().note(progress);
                    self->lastProgress = progress;
                }
                if (reached(*r.value, self->target)) {
                    ctx.output().document(r.value->toJson());
                    return ctx.finish(ExitOk);
                }
            } else {
                ctx.output().note(QStringLiteral("reading the batch failed (%1); still waiting").arg(r.error.categoryName()));
            }
            const qint64 left = self->deadline.remainingTime();
            if (left == 0) {
                ctx.output().error(QStringLiteral("gave up waiting for batch %1").arg(self->batchId));
                if (self->last)
                    ctx.output().document(self->last->toJson());
                return ctx.finish(ExitWaitTimeout);
            }
            const int pause = left < 0 ? self->pauseMs : int(std::min<qint64>(self->pauseMs, left));
            self->pauseMs = std::min(self->maxPauseMs, self->pauseMs * 3 / 2);
            QTimer::singleShot(pause, &ctx, [self] { poll(self); });
        });
    }
};

} // namespace

void batchesWait(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption forOpt(QStringLiteral("for"),
                                    QStringLiteral("confirmed, settled (default: every leg settled) or completed."),
                                    QStringLiteral("STATE"), QStringLiteral("settled"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Give up after S seconds (default 600; 0 waits forever)."),
                                        QStringLiteral("S"), QStringLiteral("600"));
    const CommandSpec spec{
        QStringLiteral("batches wait"), QStringLiteral("[--for confirmed|settled|completed] [--timeout S]"),
        QStringLiteral("Polls the batch with a growing pause (0.25 s up to 5 s) until every leg is settled\n"
                       "(or the chosen state), then prints the batch. Progress goes to stderr. Exit code 8\n"
                       "when the timeout passes first (the last state read is printed)."),
        QStringLiteral("  primectl batches wait B_Y7T2LPVX --for confirmed --timeout 120\n"
                       "  primectl batches wait B_Y7T2LPVX --for completed\n"),
        {forOpt, timeoutOpt}, {QStringLiteral("BATCH_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString f = parser.value(forOpt);
    WaitFor target;
    if (f == QLatin1String("confirmed")) {
        target = WaitFor::Confirmed;
    } else if (f == QLatin1String("settled")) {
        target = WaitFor::Settled;
    } else if (f == QLatin1String("completed")) {
        target = WaitFor::Completed;
    } else {
        ctx.output().error(QStringLiteral("--for must be confirmed, settled or completed, not \"%1\"").arg(f));
        return ctx.finish(ExitUsage);
    }
    const auto timeout = parseInteger(parser.value(timeoutOpt), 0, 365LL * 24 * 3600);
    if (!timeout) {
        ctx.output().error(QStringLiteral("--timeout must be a number of seconds"));
        return ctx.finish(ExitUsage);
    }
    const QDeadlineTimer deadline = *timeout == 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                  : QDeadlineTimer(*timeout * 1000);
    const QString batchId = pos->at(0);
    ctx.withClient([&ctx, batchId, target, deadline](PrimeClient &client) {
        Waiter::poll(std::make_shared<Waiter>(Waiter{ctx, client, batchId, target, deadline, 250, 5000, {}, {}}));
    });
}

} // namespace prime::cli
