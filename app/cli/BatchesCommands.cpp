#include "BatchesCommands.h"

#include "BatchCsv.h" // prime_core: the CSV layouts shared with the GUI
#include "CommandLine.h"
#include "CommandSupport.h"

#include <QSaveFile>
#include <QSet>

#include <memory>

namespace prime::cli {

namespace {

const QString kBatchId = QStringLiteral("BATCH_ID");

QJsonArray batchArray(const QList<Batch> &batches)
{
    return toJsonArray(batches, [](const Batch &b) { return b.toJson(); });
}

// Fetches page after page (offset += rows received) while the server says
// has_more; a batch that moved between pages is listed once.
struct PageWalker
{
    CliContext &ctx;
    PrimeClient &client;
    BatchQuery query;
    QList<Batch> batches;
    QSet<QString> seen;

    static void run(std::shared_ptr<PageWalker> self)
    {
        self->client.listBatches(self->query, &self->ctx, [self](const Result<BatchPage> &r) {
            CliContext &ctx = self->ctx;
            if (!r.ok())
                return failWith(ctx, QStringLiteral("listing batches failed at offset %1")
                                         .arg(self->query.offset.value_or(0)), r.error);
            noteWarnings(ctx, r);
            for (const Batch &b : r.value->batches) {
                if (!self->seen.contains(b.id)) {
                    self->seen.insert(b.id);
                    self->batches.append(b);
                }
            }
            const qsizetype received = r.value->batches.size();
            if (r.value->pagination.hasMore && received > 0) {
                self->query.offset = self->query.offset.value_or(0) + int(received);
                return run(self);
            }
            ctx.output().document(batchArray(self->batches));
            ctx.finish(ExitOk);
        });
    }
};

void batchesList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOpt(QStringLiteral("status"),
                                       QStringLiteral("unsettled, partially_settled, settled or completed; repeatable."),
                                       QStringLiteral("S"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QStringLiteral("Created after this Unix time in ms (exclusive)."),
                                     QStringLiteral("MS"));
    const QCommandLineOption untilOpt(QStringLiteral("until"), QStringLiteral("Created at or before this Unix time in ms."),
                                      QStringLiteral("MS"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("Batches per page, 1-200 (server default 50)."),
                                      QStringLiteral("N"));
    const QCommandLineOption offsetOpt(QStringLiteral("offset"), QStringLiteral("Batches to skip."), QStringLiteral("N"));
    const QCommandLineOption allOpt(QStringLiteral("all"), QStringLiteral("Follow the pages until the last one."));
    const CommandSpec spec{
        QStringLiteral("batches list"),
        QStringLiteral("[--status S]... [--from MS] [--until MS] [--limit N] [--offset N] [--all]"),
        QStringLiteral("Lists settlement batches, newest first, as one JSON array. Without --all one page\n"
                       "is printed (a note on stderr says when more exist)."),
        QStringLiteral("  primectl batches list --status unsettled --status partially_settled\n"
                       "  primectl batches list --all --from 1700000000000 --format table\n"),
        {statusOpt, fromOpt, untilOpt, limitOpt, offsetOpt, allOpt}, {}, true};
    if (!parseCommand(ctx, parser, spec, args))
        return;
    BatchQuery query;
    for (const QString &s : parser.values(statusOpt)) {
        for (const QString &status : splitList(s)) {
            if (!isValidBatchStatus(status)) {
                ctx.output().error(QStringLiteral("--status must be unsettled, partially_settled, settled or completed, not \"%1\"").arg(status));
                return ctx.finish(ExitUsage);
            }
            query.statuses << status;
        }
    }
    auto integer = [&](const QCommandLineOption &o, qint64 min, qint64 max, auto assign) {
        if (!parser.isSet(o))
            return true;
        const auto v = parseInteger(parser.value(o), min, max);
        if (!v) {
            ctx.output().error(QStringLiteral("--%1 must be an integer from %2 to %3")
                                   .arg(o.names().constFirst()).arg(min).arg(max));
            ctx.finish(ExitUsage);
            return false;
        }
        assign(*v);
        return true;
    };
    const qint64 maxMs = std::numeric_limits<qint64>::max();
    if (!integer(fromOpt, 0, maxMs, [&](qint64 v) { query.from = v; })
        || !integer(untilOpt, 0, maxMs, [&](qint64 v) { query.until = v; })
        || !integer(limitOpt, 1, 200, [&](qint64 v) { query.limit = int(v); })
        || !integer(offsetOpt, 0, std::numeric_limits<int>::max(), [&](qint64 v) { query.offset = int(v); }))
        return;
    const bool all = parser.isSet(allOpt);
    ctx.withClient([&ctx, query, all](PrimeClient &client) {
        if (all) {
            PageWalker::run(std::make_shared<PageWalker>(PageWalker{ctx, client, query, {}, {}}));
            return;
        }
        client.listBatches(query, &ctx, [&ctx](const Result<BatchPage> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("listing batches failed"), r.error);
            noteWarnings(ctx, r);
            if (r.value->pagination.hasMore)
                ctx.output().note(QStringLiteral("more batches exist: use --all, or --offset %1")
                                      .arg(r.value->pagination.offset + r.value->batches.size()));
            ctx.output().document(batchArray(r.value->batches));
            ctx.finish(ExitOk);
        });
    });
}

void batchesGet(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("batches get"), {},
                           QStringLiteral("Prints one batch with its legs and their transfers."),
                           QStringLiteral("  primectl batches get B_Y7T2LPVX\n"
                                          "  primectl batches get B_Y7T2LPVX | jq -r '.legs[] | select(.can_settle) | .asset'\n"),
                           {}, {kBatchId}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString batchId = pos->at(0);
    ctx.withClient([&ctx, batchId](PrimeClient &client) {
        client.getBatch(batchId, &ctx, [&ctx, batchId](const Result<Batch> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading batch %1 failed").arg(batchId), r.error);
            noteWarnings(ctx, r);
            ctx.output().document(r.value->toJson());
            ctx.finish(ExitOk);
        });
    });
}

void batchesCreate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOpt(QStringLiteral("asset-kind"),
                                     QStringLiteral("currency (default) or tokenized_equity."), QStringLiteral("KIND"));
    const CommandSpec spec{
        QStringLiteral("batches create"), QStringLiteral("[--asset-kind currency|tokenized_equity]"),
        QStringLiteral("Snapshots the unsettled trades into a new batch and prints it. One active batch per\n"
                       "asset kind may exist. Never retried: if the answer is lost, the active batches are\n"
                       "listed on stdout and the exit code is 7."),
        QStringLiteral("  batch=$(primectl batches create | jq -r .id)\n"
                       "  primectl batches create --asset-kind tokenized_equity\n"),
        {kindOpt}, {}, true};
    if (!parseCommand(ctx, parser, spec, args))
        return;
    const QString kind = parser.value(kindOpt);
    if (!kind.isEmpty() && !isValidAssetKind(kind)) {
        ctx.output().error(QStringLiteral("--asset-kind must be currency or tokenized_equity, not \"%1\"").arg(kind));
        return ctx.finish(ExitUsage);
    }
    ctx.withClient([&ctx, kind](PrimeClient &client) {
        client.createBatch(kind, &ctx, [&ctx, &client, kind](const Result<Batch> &r) {
            if (r.ok()) {
                noteWarnings(ctx, r);
                ctx.output().document(r.value->toJson());
                return ctx.finish(ExitOk);
            }
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("creating a batch failed"), r.error);
            ctx.output().error(QStringLiteral("creating the batch got no clear answer"), r.error);
            BatchQuery active;
            active.statuses = {QStringLiteral("unsettled"), QStringLiteral("partially_settled"), QStringLiteral("settled")};
            client.listBatches(active, &ctx, [&ctx, kind](const Result<BatchPage> &list) {
                if (!list.ok()) {
                    ctx.output().error(QStringLiteral("listing the active batches failed too"), list.error);
                    return ctx.finish(ExitOutcomeUnknown);
                }
                QList<Batch> same;
                const QString wanted = kind.isEmpty() ? QStringLiteral("currency") : kind;
                for (const Batch &b : list.value->batches)
                    if (b.assetKind.isEmpty() || b.assetKind == wanted)
                        same << b;
                ctx.output().note(same.isEmpty()
                                      ? QStringLiteral("re-read: no active batch exists; it was probably not created")
                                      : QStringLiteral("re-read: the active batches are on stdout; the newest may be the one just created"));
                ctx.output().document(batchArray(same));
                ctx.finish(ExitOutcomeUnknown);
            });
        });
    });
}

void batchesExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("Write the legs as CSV to FILE ('-' for stdout)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption layoutOpt(QStringLiteral("layout"),
                                       QStringLiteral("legs (default: one row per leg) or full (batch, leg and trade rows)."),
                                       QStringLiteral("LAYOUT"), QStringLiteral("legs"));
    const CommandSpec spec{
        QStringLiteral("batches export"), QStringLiteral("--csv FILE [--layout legs|full]"),
        QStringLiteral("Writes a batch's legs as CSV (header row, exact decimal amounts, RFC 4180 quoting,\n"
                       "CRLF) in the same layouts as the desktop app, and prints {\"batch_id\", \"file\",\n"
                       "\"rows\"}. The file is replaced atomically; '-' writes the CSV to stdout instead."),
        QStringLiteral("  primectl batches export B_Y7T2LPVX --csv batch.csv\n"
                       "  primectl batches export B_Y7T2LPVX --csv - --layout full | column -s, -t\n"),
        {csvOpt, layoutOpt}, {kBatchId}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString file = parser.value(csvOpt);
    if (file.isEmpty()) {
        ctx.output().error(QStringLiteral("--csv FILE is required"));
        return ctx.finish(ExitUsage);
    }
    const QString layout = parser.value(layoutOpt);
    if (layout != QLatin1String("legs") && layout != QLatin1String("full")) {
        ctx.output().error(QStringLiteral("--layout must be legs or full, not \"%1\"").arg(layout));
        return ctx.finish(ExitUsage);
    }
    const bool full = layout == QLatin1String("full");
    const QString batchId = pos->at(0);
    ctx.withClient([&ctx, batchId, file, full](PrimeClient &client) {
        client.getBatch(batchId, &ctx, [&ctx, batchId, file, full](const Result<Batch> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading batch %1 failed").arg(batchId), r.error);
            noteWarnings(ctx, r);
            const QByteArray csv = full ? csv::batchToCsv(*r.value) : csv::legsToCsv(*r.value);
            if (file == QLatin1String("-")) {
                ctx.output().out() << QString::fromUtf8(csv);
                return ctx.finish(ExitOk);
            }
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
                ctx.output().error(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
                return ctx.finish(ExitFailure);
            }
            ctx.output().document(QJsonObject{{QLatin1String("batch_id"), batchId},
                                              {QLatin1String("file"), file},
                                              {QLatin1String("rows"), csv.count('\n') - 1}});
            ctx.finish(ExitOk);
        });
    });
}

} // namespace

QString batchesUsage()
{
    return QStringLiteral(
        "Usage: primectl batches SUBCOMMAND ...\n"
        "  list [--status S]... [--from MS] [--until MS] [--limit N] [--all]\n"
        "  get BATCH_ID                          one batch with legs\n"
        "  create [--asset-kind KIND]            snapshot unsettled trades into a batch\n"
        "  settle BATCH_ID ASSET [--yes]         start the transfer of one leg\n"
        "  settle-all BATCH_ID [--yes]           settle every leg that can be settled\n"
        "  wait BATCH_ID [--for confirmed|settled|completed] [--timeout S]\n"
        "  export BATCH_ID --csv FILE            legs as CSV\n"
        "Run 'primectl batches SUBCOMMAND --help' for details and examples.\n");
}

void runBatches(CliContext &ctx, QStringList args)
{
    const QString sub = takeSubcommand(args);
    ctx.output().setCommand(QStringLiteral("batches"));
    if (sub == QLatin1String("list"))
        return batchesList(ctx, args);
    if (sub == QLatin1String("get"))
        return batchesGet(ctx, args);
    if (sub == QLatin1String("create"))
        return batchesCreate(ctx, args);
    if (sub == QLatin1String("settle"))
        return batchesSettle(ctx, args);
    if (sub == QLatin1String("settle-all"))
        return batchesSettleAll(ctx, args);
    if (sub == QLatin1String("wait"))
        return batchesWait(ctx, args);
    if (sub == QLatin1String("export"))
        return batchesExport(ctx, args);
    if (sub.isEmpty() && args.size() > 1 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))) {
        ctx.output().out() << batchesUsage();
        return ctx.finish(ExitOk);
    }
    ctx.output().error(sub.isEmpty() ? QStringLiteral("missing subcommand")
                                     : QStringLiteral("unknown subcommand \"%1\"").arg(sub));
    ctx.output().err() << batchesUsage();
    ctx.finish(ExitUsage);
}

} // namespace prime::cli
