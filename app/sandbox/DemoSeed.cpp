#include "DemoSeed.h"

using namespace Qt::StringLiterals;

namespace prime::sandbox {

namespace {
constexpr qint64 kHour = 3600 * 1000;
using Legs = QList<QPair<QString, QString>>;

void settleLeg(SandboxState &state, BatchRecord &b, LegRecord &leg, qint64 at)
{
    TransferRecord &t = state.startTransfer(b, leg, at);
    t.status = QStringLiteral("completed");
    t.dueAt = at + state.delays().transfer;
    leg.settledAt = t.dueAt;
    b.updatedAt = t.dueAt;
}
} // namespace

BatchRecord &addCompletedBatch(SandboxState &state, const QString &assetKind, qint64 createdAt,
                               const QList<QPair<QString, QString>> &legs)
{
    BatchRecord b;
    b.id = QStringLiteral("B_") + state.newId(8);
    b.assetKind = assetKind;
    b.createdAt = b.updatedAt = createdAt;
    b.confirmAt = createdAt + state.delays().confirm;
    b.confirmed = true;
    for (const auto &[asset, amount] : legs) {
        // Two trades per leg that net to the leg amount.
        const Decimal net = Decimal::fromString(amount);
        const Decimal part = Decimal::fromString(QStringLiteral("0.5"));
        for (const auto &[value, at] : {qMakePair(net + part, createdAt - 2 * kHour), qMakePair(-part, createdAt - kHour)}) {
            TradeRecord &t = state.addTrade(asset, value, assetKind, at);
            t.batchId = b.id;
            b.tradeIds.append(t.id);
        }
        b.legs.append(LegRecord{asset, net.abs().toString(),
                                net.isNegative() ? QStringLiteral("outgoing") : QStringLiteral("incoming"), 0, {}});
    }
    state.batches.append(b);
    BatchRecord &stored = state.batches.last();
    qint64 at = stored.confirmAt + kHour / 4;
    for (LegRecord &leg : stored.legs) {
        settleLeg(state, stored, leg, at);
        at += kHour / 6;
    }
    stored.settledAt = stored.updatedAt;
    stored.completed = true;
    stored.updatedAt = stored.settledAt + state.delays().complete;
    return stored;
}

void seedDemo(SandboxState &state)
{
    const qint64 now = state.now();
    struct U { QString name, role, status; QStringList ips[3]; int keys; };
    const QList<U> users{
        {u"Treasury Desk"_s, u"Trader"_s, u"Enabled"_s, {{u"203.0.113.10"_s, u"203.0.113.11"_s}, {u"198.51.100.0/24"_s}, {}}, 2},
        {u"Market Making Bot"_s, u"Trader"_s, u"Enabled"_s, {{u"10.20.0.0/16"_s}, {u"2001:db8:20::/48"_s}, {u"10.20.1.5"_s}}, 3},
        {u"Risk Monitor"_s, u"Viewer"_s, u"Enabled"_s, {{u"192.0.2.44"_s}, {}, {}}, 1},
        {u"Operations"_s, u"Viewer"_s, u"Enabled"_s, {{u"198.51.100.7"_s, u"2001:db8::7"_s}, {}, {}}, 1},
        {u"OTC Execution"_s, u"Trader"_s, u"Enabled"_s, {{u"203.0.113.0/28"_s}, {u"203.0.113.64/28"_s}, {}}, 2},
        {u"Back Office Reconciliation"_s, u"Viewer"_s, u"Enabled"_s, {{}, {}, {}}, 1},
        {u"Arbitrage Engine EU"_s, u"Trader"_s, u"Enabled"_s, {{u"2001:db8:e0::/64"_s}, {u"192.0.2.128/25"_s}, {}}, 2},
        {u"Arbitrage Engine US"_s, u"Trader"_s, u"Disabled"_s, {{u"192.0.2.200"_s}, {}, {}}, 1},
        {u"Compliance Audit"_s, u"Viewer"_s, u"Enabled"_s, {{u"10.0.0.0/8"_s}, {}, {}}, 1},
        {u"Legacy Integration"_s, u"Trader"_s, u"Disabled"_s, {{}, {}, {}}, 0},
        {u"Hedging Service"_s, u"Trader"_s, u"Enabled"_s, {{u"172.16.5.0/24"_s, u"fd00:5::/64"_s}, {}, {}}, 1},
        {u"Reporting Dashboard"_s, u"Viewer"_s, u"Enabled"_s, {{u"192.0.2.10"_s}, {u"192.0.2.11"_s}, {}}, 2},
    };
    for (const U &u : users) {
        const UserRecord &rec = state.addUser(u.name, u.role,
                                              u.status);
        const QString userId = rec.id;
        for (int k = 0; k < u.keys; ++k) {
            KeyRecord &key = state.addKey(KeyRecord::Kind::User, userId, nullptr);
            key.whitelistedIps = u.ips[k];
            key.updatedAt = now - (k + 1) * 24 * kHour;
        }
    }

    // History: completed batches over the last weeks.
    const QList<Legs> history{
        {{u"BTC"_s, u"2.15"_s}, {u"USD"_s, u"-96250.40"_s}},
        {{u"ETH"_s, u"-31.2"_s}, {u"EUR"_s, u"58210.00"_s}, {u"BTC"_s, u"0.4"_s}},
        {{u"SOL"_s, u"1200"_s}, {u"USDT"_s, u"-180344.5"_s}},
        {{u"BTC"_s, u"-1.0375"_s}, {u"USD"_s, u"44980.12"_s}},
        {{u"XRP"_s, u"250000"_s}, {u"EUR"_s, u"-131000"_s}},
        {{u"ETH"_s, u"12.5"_s}, {u"USDC"_s, u"-40012.75"_s}},
        {{u"BTC"_s, u"0.85"_s}, {u"GBP"_s, u"-30115.9"_s}, {u"ETH"_s, u"-4"_s}},
        {{u"DOT"_s, u"-5000"_s}, {u"USD"_s, u"35100"_s}},
    };
    for (int i = 0; i < history.size(); ++i)
        addCompletedBatch(state, QStringLiteral("currency"), now - (history.size() - i) * 72 * kHour, history[i]);
    for (int i = 0; i < 3; ++i)
        addCompletedBatch(state, QStringLiteral("tokenized_equity"), now - (3 - i) * 96 * kHour - 5 * kHour,
                          {{u"AAPLx"_s, u"15"_s}, {u"TSLAx"_s, u"-6.25"_s}, {u"NVDAx"_s, QString::number(i + 2)}});

    // The open currency batch: confirmed, BTC settled, USD transfer in flight, others open.
    const qint64 opened = now - 2 * kHour;
    for (const auto &[asset, amount] : Legs{{u"BTC"_s, u"1.75"_s}, {u"BTC"_s, u"-0.5"_s}, {u"ETH"_s, u"-18.4"_s}, {u"USD"_s, u"-36500"_s},
                                            {u"USD"_s, u"-15840.17"_s}, {u"EUR"_s, u"12000"_s}, {u"SOL"_s, u"-310.25"_s}})
        state.addTrade(asset, Decimal::fromString(amount), QStringLiteral("currency"), opened - kHour);
    BatchRecord *open = state.createBatch(QStringLiteral("currency"), opened);
    open->confirmed = true;
    for (LegRecord &leg : open->legs) {
        if (leg.asset == QLatin1String("BTC"))
            settleLeg(state, *open, leg, opened + kHour / 2);
        else if (leg.asset == QLatin1String("USD"))
            state.startTransfer(*open, leg, now); // completes after the transfer delay
    }

    // The open tokenized equity batch, created just now: it confirms after the delay.
    state.addTrade(QStringLiteral("AAPLx"), Decimal::fromString(QStringLiteral("12")), QStringLiteral("tokenized_equity"), now - kHour);
    state.addTrade(QStringLiteral("TSLAx"), Decimal::fromString(QStringLiteral("-4.5")), QStringLiteral("tokenized_equity"), now - kHour);
    state.createBatch(QStringLiteral("tokenized_equity"), now);

    // Unsettled trades ready for the next currency batch.
    for (const auto &[asset, amount] : Legs{{u"BTC"_s, u"0.5"_s}, {u"BTC"_s, u"-0.2"_s}, {u"ETH"_s, u"3"_s}, {u"SOL"_s, u"-120"_s},
                                            {u"USD"_s, u"-14230.55"_s}, {u"USDT"_s, u"9000"_s}})
        state.addTrade(asset, Decimal::fromString(amount), QStringLiteral("currency"), now - kHour / 2);
}

} // namespace prime::sandbox
