// batches settle / settle-all: the money-moving commands.
#include "BatchesCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "SettlementRun.h"


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

// The GUI's settle-all workflow (prime::SettlementRun): one leg after the other,
// each sent once; after a lost answer the batch is re-read and the run goes on
// only if the transfer exists. Prints the transfers started, as an array.
void runSettlement(CliContext &ctx, PrimeClient &client, const QString &batchId, const QStringList &assets)
{
    auto *run = new SettlementRun(&client, batchId, assets, &ctx);
    QObject::connect(run, &SettlementRun::legFinished, &ctx, [&ctx](int, const SettlementRun::LegResult &leg) {
        if (leg.state == SettlementRun::LegState::Started)
            ctx.output().note(QStringLiteral("leg %1: transfer %2 %3%4")
                                  .arg(leg.asset, leg.transfer.id, leg.transfer.status,
                                       leg.ambiguous ? QStringLiteral(" (answer lost; seen on re-reading the batch)")
                                                     : QString()));
    });
    QObject::connect(run, &SettlementRun::finished, &ctx, [&ctx, run](SettlementRun::Outcome outcome) {
        QJsonArray transfers;
        int code = ExitOk;
        for (const SettlementRun::LegResult &leg : run->legs()) {
            if (leg.state == SettlementRun::LegState::Started)
                transfers.append(leg.transfer.toJson());
            if (leg.error.isError() && leg.state != SettlementRun::LegState::Started && code == ExitOk)
                code = exitCodeFor(leg.error);
        }
        switch (outcome) {
        case SettlementRun::Outcome::Completed:
            code = ExitOk;
            break;
        case SettlementRun::Outcome::OutcomeUnknown:
            code = ExitOutcomeUnknown;
            break;
        default:
            if (code == ExitOk)
                code = ExitFailure;
            break;
        }
        if (code != ExitOk)
            ctx.output().error(run->summary());
        ctx.output().document(transfers);
        ctx.finish(code);
    });
    run->start();
}

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
            const QStringList assets = SettlementRun::eligibleAssets(*r.value);
            const int open = int(r.value->legs.size()) - r.value->settledLegCount();
            if (assets.isEmpty() && open > 0) {
                ctx.output().error(r.value->confirmed
                                       ? QStringLiteral("no leg can be settled now (%1 still open; transfers pending?)").arg(open)
                                       : QStringLiteral("batch %1 is not confirmed yet: wait with "
                                                        "primectl batches wait %1 --for confirmed").arg(batchId));
                return ctx.finish(ExitInvalidArguments);
            }
            runSettlement(ctx, client, batchId, assets);
        });
    });
}

} // namespace prime::cli
