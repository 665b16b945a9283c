#include "Benches.h"

#include "ApiUser.h"
#include "RecordFilterModel.h"
#include "Settlement.h"
#include "UsersModel.h"
#include "BatchesModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {

QByteArray usersAnswer(int n)
{
    QByteArray out = R"({"error":[],"result":{"data":[)";
    out.reserve(n * 96);
    for (int i = 0; i < n; ++i) {
        if (i)
            out += ',';
        out += R"({"id":"U)" + QByteArray::number(1000000 + i) + R"(","name":"User )"
               + QByteArray::number((i * 7919) % n) + R"( Desk","status":")" + (i % 9 ? "Enabled" : "Disabled")
               + R"(","roles":[")" + (i % 3 ? "Viewer" : "Trader") + R"("]})";
    }
    out += "]}}";
    return out;
}

QList<QByteArray> batchPages(int batches, int legs, int pageSize)
{
    static const char *assets[] = {"BTC", "ETH", "USD", "EUR", "SOL", "XRP", "USDT", "DOT"};
    QList<QByteArray> pages;
    for (int start = 0; start < batches; start += pageSize) {
        QByteArray out = R"({"error":[],"result":{"data":[)";
        const int end = std::min(batches, start + pageSize);
        for (int b = start; b < end; ++b) {
            if (b > start)
                out += ',';
            out += R"({"id":"B_)" + QByteArray::number(10000000 + b) + R"(","attributes":{"status":"completed","confirmed":true,"created_at":)"
                   + QByteArray::number(1700000000000LL + b * 60000LL) + R"(,"trade_count":12,"asset_kind":"currency","updated_at":)"
                   + QByteArray::number(1700000100000LL + b * 60000LL) + R"(},"legs":[)";
            for (int l = 0; l < legs; ++l) {
                if (l)
                    out += ',';
                out += R"({"status":"settled","asset":")" + QByteArray(assets[l % 8]) + R"(","amount":")"
                       + QByteArray::number(b % 1000) + '.' + QByteArray::number(10000 + l) + R"(","direction":")"
                       + (l % 2 ? "incoming" : "outgoing") + R"(","can_settle":false,"settled_at":1700000200000,"latest_spot_transfer":{}})";
            }
            out += "]}";
        }
        out += R"(],"pagination":{"has_more":)" + QByteArray(end < batches ? "true" : "false") + R"(,"limit":)"
               + QByteArray::number(pageSize) + R"(,"offset":)" + QByteArray::number(start) + "}}}";
        pages.append(out);
    }
    return pages;
}

struct PlainUser
{
    QString id, name, status;
    QStringList roles;
};
// The floor reads every field the answers carry, as our records do.
struct PlainTransfer
{
    QString id, status, amount, asset;
};
struct PlainLeg
{
    QString asset, amount, direction, status;
    bool canSettle = false;
    qint64 settledAt = 0;
    PlainTransfer latest;
};
struct PlainBatch
{
    QString id, status, assetKind;
    bool confirmed = false;
    qint64 created = 0, updated = 0;
    int trades = 0;
    QList<PlainLeg> legs;
};

void showOffscreen(QAbstractItemModel *model)
{
    QTableView view;
    view.resize(1200, 700);
    view.setModel(model);
    view.show();
    QApplication::processEvents();
    QApplication::processEvents();
}

// One measured load in this (child) process; returns milliseconds.
double loadOnce(const QString &which, int scale)
{
    QElapsedTimer t;
    if (which.startsWith(QLatin1String("users"))) {
        const QByteArray bytes = usersAnswer(100000 / scale);
        t.start();
        const QJsonObject result = QJsonDocument::fromJson(bytes).object().value(QLatin1String("result")).toObject();
        if (which == QLatin1String("users-floor")) {
            QList<PlainUser> users;
            for (const QJsonValue &v : result.value(QLatin1String("data")).toArray()) {
                const QJsonObject o = v.toObject();
                QStringList roles;
                for (const QJsonValue &r : o.value(QLatin1String("roles")).toArray())
                    roles.append(r.toString());
                users.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                              o.value(QLatin1String("status")).toString(), roles});
            }
            if (users.isEmpty())
                qFatal("no users");
        } else {
            prime::models::UsersModel model;
            model.resetRecords(*prime::ApiUser::listFromResult(result));
            prime::models::RecordFilterModel proxy;
            proxy.setSourceModel(&model);
            showOffscreen(&proxy);
        }
        return t.nsecsElapsed() / 1e6;
    }
    const QList<QByteArray> pages = batchPages(10000 / scale, 8, 200);
    t.start();
    if (which == QLatin1String("batches-floor")) {
        QList<PlainBatch> batches;
        for (const QByteArray &page : pages) {
            const QJsonObject result = QJsonDocument::fromJson(page).object().value(QLatin1String("result")).toObject();
            for (const QJsonValue &v : result.value(QLatin1String("data")).toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonObject a = o.value(QLatin1String("attributes")).toObject();
                PlainBatch b{o.value(QLatin1String("id")).toString(), a.value(QLatin1String("status")).toString(),
                             a.value(QLatin1String("asset_kind")).toString(), a.value(QLatin1String("confirmed")).toBool(),
                             a.value(QLatin1String("created_at")).toInteger(), a.value(QLatin1String("updated_at")).toInteger(),
                             a.value(QLatin1String("trade_count")).toInt(), {}};
                for (const QJsonValue &lv : o.value(QLatin1String("legs")).toArray()) {
                    const QJsonObject l = lv.toObject();
                    const QJsonObject t = l.value(QLatin1String("latest_spot_transfer")).toObject();
                    PlainTransfer latest;
                    if (!t.isEmpty())
                        latest = {t.value(QLatin1String("id")).toString(), t.value(QLatin1String("transfer_status")).toString(),
                                  t.value(QLatin1String("transfer_amount")).toString(), t.value(QLatin1String("transfer_asset")).toString()};
                    b.legs.append({l.value(QLatin1String("asset")).toString(), l.value(QLatin1String("amount")).toString(),
                                   l.value(QLatin1String("direction")).toString(), l.value(QLatin1String("status")).toString(),
                                   l.value(QLatin1String("can_settle")).toBool(), l.value(QLatin1String("settled_at")).toInteger(),
                                   latest});
                }
                batches.append(b);
            }
        }
        if (batches.isEmpty())
            qFatal("no batches");
    } else {
        // Page by page into the model behind the proxy and a view, as the
        // settlement pane does, then shown once like the users. A repaint per
        // page is left out on purpose: it costs one screenful of text (about
        // 4 ms here) whatever the model does, paid once per network round trip
        // in the app; the responsiveness benchmark measures the app's paging.
        prime::models::BatchesModel model;
        prime::models::RecordFilterModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.resize(1200, 700);
        view.setModel(&proxy);
        for (const QByteArray &page : pages) {
            const QJsonObject result = QJsonDocument::fromJson(page).object().value(QLatin1String("result")).toObject();
            auto parsed = prime::BatchPage::fromResult(result);
            model.upsertRecords(std::move(parsed->batches));
        }
        view.show();
        QApplication::processEvents();
        QApplication::processEvents();
        if (proxy.rowCount() != int(10000 / scale))
            qFatal("loaded %d batches", proxy.rowCount());
    }
    return t.nsecsElapsed() / 1e6;
}

struct ChildResult
{
    double ms = 0;
    double peakKiB = 0;
};

ChildResult runChild(const QString &which, int scale)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), which, QStringLiteral("--scale"), QString::number(scale)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("bench child %s failed: %s", qPrintable(which), p.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return {o.value(QLatin1String("ms")).toDouble(), o.value(QLatin1String("peak_kib")).toDouble()};
}

} // namespace

int runBenchChild(const QString &which, int scale)
{
    const double ms = loadOnce(which, scale);
    const QJsonObject o{{QStringLiteral("ms"), ms}, {QStringLiteral("peak_kib"), double(peakRssKiB())}};
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

QList<BenchResult> benchLoading(bool quick)
{
    // Each load runs in a fresh child process, so peak memory is its own.
    const int scale = quick ? 4 : 1;
    QList<BenchResult> out;
    for (const QString &kind : {QStringLiteral("users"), QStringLiteral("batches")}) {
        QList<double> peakFloor, peakOurs;
        BenchResult time = runInterleaved(
            QStringLiteral("loading_%1").arg(kind), QStringLiteral("ms"), quick ? 3 : 11,
            [&] { const ChildResult r = runChild(kind + QStringLiteral("-floor"), scale); peakFloor << r.peakKiB; return r.ms; },
            [&] { const ChildResult r = runChild(kind + QStringLiteral("-ours"), scale); peakOurs << r.peakKiB; return r.ms; });
        out.append(time);
        out.append({QStringLiteral("loading_%1_peak_memory").arg(kind), QStringLiteral("KiB"), median(peakFloor),
                    median(peakOurs)});
    }
    return out;
}

BenchResult benchSortFilter(bool quick)
{
    const int n = quick ? 25000 : 100000;
    const QList<prime::ApiUser> users =
        *prime::ApiUser::listFromResult(QJsonDocument::fromJson(usersAnswer(n)).object().value(QLatin1String("result")).toObject());

    // The plain model: the same strings, nothing else.
    class PlainModel : public QAbstractTableModel
    {
    public:
        explicit PlainModel(const QList<prime::ApiUser> &u) : m_users(u) {}
        int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(m_users.size()); }
        int columnCount(const QModelIndex & = {}) const override { return 5; }
        QVariant data(const QModelIndex &i, int role) const override
        {
            if (role != Qt::DisplayRole)
                return {};
            const prime::ApiUser &u = m_users.at(i.row());
            switch (i.column()) {
            case 0: return u.name;
            case 1: return u.id;
            case 2: return u.role();
            case 3: return u.status;
            default: return 0;
            }
        }

    private:
        const QList<prime::ApiUser> &m_users;
    } plain(users);
    prime::models::UsersModel ours;
    ours.resetRecords(users);

    auto timeIt = [](auto &&work) {
        QElapsedTimer t;
        t.start();
        work();
        return t.nsecsElapsed() / 1e6;
    };
    return runInterleaved(
        QStringLiteral("sort_filter_100k_users"), QStringLiteral("ms"), quick ? 5 : 15,
        [&] {
            return timeIt([&] {
                QSortFilterProxyModel proxy;
                proxy.setSourceModel(&plain);
                proxy.setFilterKeyColumn(-1);
                proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
                proxy.sort(0);
                proxy.setFilterFixedString(QStringLiteral("12"));
                if (proxy.rowCount() == 0)
                    qFatal("plain filter found nothing");
            });
        },
        [&] {
            return timeIt([&] {
                prime::models::RecordFilterModel proxy;
                proxy.setSourceModel(&ours);
                proxy.sort(0);
                proxy.setFilterText(QStringLiteral("12"));
                if (proxy.rowCount() == 0)
                    qFatal("our filter found nothing");
            });
        });
}
