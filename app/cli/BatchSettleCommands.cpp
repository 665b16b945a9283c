// batches settle / settle-all / wait: the money-moving commands and the poller.
#include "BatchesCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <memory>

namespace prime::cli {

namespace {

QCommandLineOption yesOption()
{
    return QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
}

const Leg *findLeg(const Batch &b, const QString &asset)
{
    for (const Leg &l : b.legs)
        if (l.asset == asset)
            return &l;
    return nullptr;
}

QString describeLeg(const Leg &l)
{
    QString text = QStringLiteral("leg %1 is %2").arg(l.asset, l.status.isEmpty() ? QStringLiteral("?") : l.status);
    if (!l.latestTransfer.isEmpty())
        text += QStringLiteral(", transfer %1 %2").arg(l.latestTransfer.id, l.latestTransfer.status);
    else
        text += QStringLiteral(", no transfer");
    return text;
}

// After an ambiguous settle: re-read the batch and say whether a transfer exists.
void rereadLeg(CliContext &ctx, PrimeClient &client, const QString &batchId, const QString &asset,
               std::function<void()> then)
{
    client.getBatch(batchId, &ctx, [&ctx, asset, then = std::move(then)](const Result<Batch> &r) {
        if (!r.ok()) {
            ctx.output().error(QStringLiteral("re-reading the batch failed too; check with primectl batches get"), r.error);
        } else if (const Leg *l = findLeg(*r.value, asset)) {
            ctx.output().note(QStringLiteral("re-read: ") + describeLeg(*l)
                              + (l->latestTransfer.isEmpty() && !l->isSettled()
                                     ? QStringLiteral(" (settlement probably not started)")
                                     : QStringLiteral(" (settlement started)")));
        } else {
            ctx.output().note(QStringLiteral("re-read: the batch has no leg %1").arg(asset));
        }
        then();
    });
}

// Settles the legs one after the other; stops at the first failure.
struct SettleRun
{
    CliContext &ctx;
    PrimeClient &client;
    QString batchId;
    QStringList assets;
    QJsonArray transfers;

    static void next(std::shared_ptr<SettleRun> self)
    {
        CliContext &ctx = self->ctx;
        if (self->assets.isEmpty()) {
            ctx.output().document(self->transfers);
            return ctx.finish(ExitOk);
        }
        const QString asset = self->assets.takeFirst();
        self->client.settleLeg(self->batchId, asset, &ctx, [self, asset](const Result<Transfer> &r) {
            CliContext &ctx = self->ctx;
            if (r.ok()) {
                noteWarnings(ctx, r);
                ctx.output().note(QStringLiteral("leg %1: transfer %2 %3").arg(asset, r.value->id, r.value->status));
                self->transfers.append(r.value->toJson());
                return next(self);
            }
            ctx.output().error(QStringLiteral("settling leg %1 failed; legs not attempted: %2")
                                   .arg(asset, self->assets.isEmpty() ? QStringLiteral("none")
                                                                      : self->assets.join(QStringLiteral(", "))),
                               r.error);
            if (!r.error.outcomeUnknown) {
                ctx.output().document(self->transfers);
                return ctx.finish(exitCodeFor(r.error));
            }
            rereadLeg(ctx, self->client, self->batchId, asset, [self] {
                self->ctx.output().document(self->transfers);
                self->ctx.finish(ExitOutcomeUnknown);
            });
        });
    }
};

} // namespace

void batchesSettle(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("batches settle"), QStringLiteral("[--yes]"),
        QStringLiteral("Starts the transfer that settles one asset leg and prints the transfer. The batch\n"
                       "must be confirmed and the leg must have can_settle. Asks on a terminal; scripts\n"
                       "pass --yes. Never retried: if the answer is lost the batch is re-read (exit 7)."),
        QStringLiteral("  primectl batches settle B_Y7T2LPVX BTC\n"
                       "  primectl batches settle B_Y7T2LPVX USD --yes --profile prod\n"),
        {yesOption()}, {QStringLiteral("BATCH_ID"), QStringLiteral("ASSET")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString batchId = pos->at(0);
    const QString asset = pos->at(1);
    auto settle = [&ctx, batchId, asset](PrimeClient &client) {
        client.settleLeg(batchId, asset, &ctx, [&ctx, &client, batchId, asset](const Result<Transfer> &r) {
            if (r.ok()) {
                noteWarnings(ctx, r);
                ctx.output().document(r.value->toJson());
                return ctx.finish(ExitOk);
            }
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("settling leg %1 of batch %2 failed").arg(asset, batchId), r.error);
            ctx.output().error(QStringLiteral("settling leg %1 got no clear answer").arg(asset), r.error);
            rereadLeg(ctx, client, batchId, asset, [&ctx] { ctx.finish(ExitOutcomeUnknown); });
        });
    };
    const QString question = QStringLiteral("Settle the %1 leg of batch %2? This moves funds.").arg(asset, batchId);
    if (parser.isSet(QStringLiteral("yes")))
        return ctx.withClient(settle);
    if (!CliContext::canAsk()) {
        ctx.confirmOrFinish(false, question); // refuses: nobody to ask
        return;
    }
    // A person confirms what moves: read the leg first and show its amount.
    ctx.withClient([&ctx, batchId, asset, settle](PrimeClient &client) {
        client.getBatch(batchId, &ctx, [&ctx, &client, batchId, asset, settle](const Result<Batch> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading batch %1 failed").arg(batchId), r.error);
            const Leg *leg = findLeg(*r.value, asset);
            if (!leg) {
                ctx.output().error(QStringLiteral("batch %1 has no %2 leg").arg(batchId, asset));
                return ctx.finish(ExitInvalidArguments);
            }
            const QString what = QStringLiteral("Settle the %1 leg of batch %2 (%3 %4 %1, %5)? This moves funds.")
                                     .arg(asset, batchId, leg->direction.isEmpty() ? QStringLiteral("amount") : leg->direction,
                                          leg->amount, describeLeg(*leg));
            if (ctx.confirmOrFinish(false, what))
                settle(client);
        });
    });
}

void batchesSettleAll(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("batches settle-all"), QStringLiteral("[--yes]"),
        QStringLiteral("Reads the batch, then settles every leg with can_settle, one after the other, and\n"
                       "prints the transfers as an array. Stops at the first failure (the transfers started\n"
                       "so far are still printed). Asks on a terminal; scripts pass --yes."),
        QStringLiteral("  primectl batches settle-all B_Y7T2LPVX --yes && primectl batches wait B_Y7T2LPVX\n"),
        {yesOption()}, {QStringLiteral("BATCH_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString batchId = pos->at(0);
    if (!ctx.confirmOrFinish(parser.isSet(QStringLiteral("yes")),
                             QStringLiteral("Settle every open leg of batch %1? This moves funds.").arg(batchId)))
        return;
    ctx.withClient([&ctx, batchId](PrimeClient &client) {
        client.getBatch(batchId, &ctx, [&ctx, &client, batchId](const Result<Batch> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading batch %1 failed").arg(batchId), r.error);
            QStringList assets;
            int open = 0;
            for (const Leg &l : r.value->legs) {
                if (l.canSettle)
                    assets << l.asset;
                if (!l.isSettled())
                    ++open;
            }
            if (assets.isEmpty() && open > 0) {
                ctx.output().error(r.value->confirmed
                                       ? QStringLiteral("no leg can be settled now (%1 still open; transfers pending?)").arg(open)
                                       : QStringLiteral("batch %1 is not confirmed yet: wait with "
                                                        "primectl batches wait %1 --for confirmed").arg(batchId));
                return ctx.finish(ExitInvalidArguments);
            }
            SettleRun::next(std::make_shared<SettleRun>(SettleRun{ctx, client, batchId, assets, {}}));
        });
    });
}

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
