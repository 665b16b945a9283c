// The settlement widgets on their own: LegsChart, SettleDialog, CreateBatchDialog.
#include <AssetAmount.h>
#include <BatchDetailView.h>
#include <CreateBatchDialog.h>
#include <LegsModel.h>
#include <LegsChart.h>
#include <SettleDialog.h>

#include <QApplication>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace prime;
using prime::ui::BatchDetailView;
using prime::ui::CreateBatchDialog;
using prime::ui::LegsChart;
using prime::ui::SettleDialog;

namespace {

Leg leg(const QString &asset, const QString &amount, const QString &direction, const QString &status = QStringLiteral("unsettled"))
{
    Leg l;
    l.asset = asset;
    l.amount = amount;
    l.direction = direction;
    l.status = status;
    l.canSettle = status == QLatin1String("unsettled");
    if (status == QLatin1String("settled")) {
        l.settledAt = 1700000050000;
        l.latestTransfer = Transfer{QStringLiteral("T9"), QStringLiteral("completed"), amount, asset};
    }
    return l;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

Batch batchWith(const QList<Leg> &legs)
{
    Batch b;
    b.id = QStringLiteral("B_W");
    b.status = QStringLiteral("unsettled");
    b.confirmed = true;
    b.legs = legs;
    return b;
}

} // namespace

class TestSettlementWidgets : public QObject
{
    Q_OBJECT
private slots:
    void chartSidesAndColours();
    void chartTooltipHasExactFigures();
    void chartCompactsForManyAssets_data();
    void chartCompactsForManyAssets();
    void chartDarkPalette();
    void chartMarksSettled();
    void chartReadableInBothPalettes();
    void detailViewWithFortyAssets();
    void settleDialogSingle();
    void settleDialogMany();
    void createDialogExplainsActiveBatch();
};

void TestSettlementWidgets::chartSidesAndColours()
{
    LegsChart chart;
    chart.resize(700, 300);
    chart.setLegs({leg(QStringLiteral("USD"), QStringLiteral("36500"), QStringLiteral("outgoing")),
                   leg(QStringLiteral("BTC"), QStringLiteral("1.75"), QStringLiteral("incoming"))});
    // Incoming rows first.
    QCOMPARE(chart.legs().at(0).asset, QStringLiteral("BTC"));
    const QRect in = chart.barRect(0);
    const QRect out = chart.barRect(1);
    QVERIFY2(out.right() < in.left(), "outgoing bars sit left of incoming bars");
    QVERIFY(out.width() > in.width()); // 36500 is more decades than 1.75
    QVERIFY(in.width() > 0);
    const QColor cin = chart.directionColour(QStringLiteral("incoming"));
    const QColor cout = chart.directionColour(QStringLiteral("outgoing"));
    QVERIFY(cin != cout);
    const QImage image = chart.grab().toImage();
    QCOMPARE(image.pixelColor(in.center()), cin);
    QCOMPARE(image.pixelColor(out.center()), cout);
    QCOMPARE(chart.rowAt(in.center()), 0);
    QCOMPARE(chart.rowAt(QPoint(5, 1)), -1);
}

void TestSettlementWidgets::chartTooltipHasExactFigures()
{
    LegsChart chart;
    chart.setLegs({leg(QStringLiteral("ETH"), QStringLiteral("2.000000000000000001"), QStringLiteral("outgoing"))});
    const QString tip = chart.toolTipFor(0);
    QVERIFY2(tip.contains(QStringLiteral("2.000000000000000001")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Outgoing: you send")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\u2212")), qPrintable(tip));
    QVERIFY(chart.toolTipFor(1).isEmpty());
}

void TestSettlementWidgets::chartCompactsForManyAssets_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one") << 1;
    QTest::newRow("forty") << 40;
}

void TestSettlementWidgets::chartCompactsForManyAssets()
{
    QFETCH(int, count);
    QList<Leg> legs;
    for (int i = 0; i < count; ++i) {
        legs.append(leg(QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0')), QString::number((i + 1) * 137) + QStringLiteral(".5"),
                        i % 2 ? QStringLiteral("incoming") : QStringLiteral("outgoing")));
    }
    LegsChart chart;
    chart.setLegs(legs);
    chart.resize(chart.sizeHint().expandedTo(QSize(600, 0)));
    const int text = chart.fontMetrics().height();
    QVERIFY(chart.rowHeight() >= text); // rows never get shorter than a line of text
    if (count > 14)
        QVERIFY(chart.rowHeight() < 2 * text);
    QVERIFY(chart.sizeHint().height() >= count * chart.rowHeight());
    // Bars of neighbouring rows never overlap and stay inside the widget.
    for (int row = 0; row < count; ++row) {
        const QRect bar = chart.barRect(row);
        QVERIFY(chart.rect().contains(bar));
        if (row > 0)
            QVERIFY(chart.barRect(row - 1).bottom() < bar.top());
    }
}

void TestSettlementWidgets::chartDarkPalette()
{
    LegsChart light;
    LegsChart dark;
    dark.setPalette(darkPalette());
    QVERIFY(light.directionColour(QStringLiteral("incoming")) != dark.directionColour(QStringLiteral("incoming")));
    // Dark bars are lighter than the dark base, light bars darker than white.
    QVERIFY(dark.directionColour(QStringLiteral("outgoing")).lightness() > darkPalette().color(QPalette::Base).lightness());
    QVERIFY(light.directionColour(QStringLiteral("outgoing")).lightness() < 200);
}

void TestSettlementWidgets::chartMarksSettled()
{
    LegsChart chart;
    chart.resize(700, 200);
    chart.setLegs({leg(QStringLiteral("BTC"), QStringLiteral("1"), QStringLiteral("incoming"), QStringLiteral("settled")),
                   leg(QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("incoming"))});
    const QImage image = chart.grab().toImage();
    auto baseCount = [&](const QRect &bar) {
        int n = 0;
        for (int x = bar.left(); x <= bar.right(); ++x)
            n += image.pixelColor(x, bar.center().y()) == chart.palette().color(QPalette::Base) ? 1 : 0;
        return n;
    };
    QVERIFY2(baseCount(chart.barRect(0)) > 0, "a settled bar is hatched");
    QCOMPARE(baseCount(chart.barRect(1)), 0);
    QVERIFY(chart.toolTipFor(0).contains(QStringLiteral("Transfer T9")));
}

void TestSettlementWidgets::chartReadableInBothPalettes()
{
    const QList<Leg> legs{leg(QStringLiteral("BTC"), QStringLiteral("1.75"), QStringLiteral("incoming"), QStringLiteral("settled")),
                          leg(QStringLiteral("EUR"), QStringLiteral("12000"), QStringLiteral("incoming")),
                          leg(QStringLiteral("ETH"), QStringLiteral("18.4"), QStringLiteral("outgoing")),
                          leg(QStringLiteral("USD"), QStringLiteral("52340.17"), QStringLiteral("outgoing"))};
    for (const bool dark : {false, true}) {
        LegsChart chart;
        if (dark)
            chart.setPalette(darkPalette());
        chart.setLegs(legs);
        chart.resize(640, chart.sizeHint().height());
        const QImage image = chart.grab().toImage();
        // Set PRIME_CHART_SHOTS=<dir> to look at the pictures.
        const QString dir = qEnvironmentVariable("PRIME_CHART_SHOTS");
        if (!dir.isEmpty())
            image.save(dir + (dark ? QStringLiteral("/chart-dark.png") : QStringLiteral("/chart-light.png")));
        const QColor base = chart.palette().color(QPalette::Base);
        // Text is drawn in a colour far from the background, and so are the bars.
        int contrasting = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                contrasting += qAbs(image.pixelColor(x, y).lightness() - base.lightness()) > 100 ? 1 : 0;
        QVERIFY2(contrasting > 500, dark ? "dark" : "light");
        for (const QString &direction : {QStringLiteral("incoming"), QStringLiteral("outgoing")})
            QVERIFY(qAbs(chart.directionColour(direction).lightness() - base.lightness()) > 60);
    }
}

void TestSettlementWidgets::detailViewWithFortyAssets()
{
    QList<Leg> legs;
    for (int i = 0; i < 40; ++i) {
        legs.append(leg(QStringLiteral("AS%1").arg(i, 2, 10, QLatin1Char('0')), QString::number((i + 1) * 1234) + QStringLiteral(".25"),
                        i % 3 ? QStringLiteral("outgoing") : QStringLiteral("incoming"),
                        i % 5 ? QStringLiteral("unsettled") : QStringLiteral("settled")));
    }
    BatchDetailView view;
    view.resize(1000, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setBatch(batchWith(legs));
    QCOMPARE(view.chart()->legs().size(), 40);
    QCOMPARE(view.legs()->rowCount(), 40);
    auto *scroll = view.findChild<QScrollArea *>(QStringLiteral("legsChartScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0); // it scrolls instead of squeezing rows
    QVERIFY(view.chart()->rowHeight() < 2 * view.chart()->fontMetrics().height());
    // Without a session nothing can be settled, but the batch can be exported.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("settleAll"))->isEnabled());
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportBatch"))->isEnabled());
    const QString dir = qEnvironmentVariable("PRIME_CHART_SHOTS");
    if (!dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/detail-40.png"));
}

void TestSettlementWidgets::settleDialogSingle()
{
    const Leg usd = leg(QStringLiteral("USD"), QStringLiteral("50000.1"), QStringLiteral("outgoing"));
    SettleDialog dialog(batchWith({usd}), {usd});
    QVERIFY2(dialog.question().contains(QStringLiteral("Send ")), qPrintable(dialog.question()));
    QVERIFY2(dialog.question().contains(QStringLiteral("USD")), qPrintable(dialog.question()));
    QVERIFY2(dialog.question().contains(QStringLiteral("B_W")), qPrintable(dialog.question()));
    QCOMPARE(dialog.assets(), QStringList{QStringLiteral("USD")});
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("50000.1")); // exactly as sent
    // Padded to the cents, grouped per locale, signed by direction.
    QCOMPARE(dialog.table()->item(0, 2)->text(),
             QChar(0x2212) + formatAmount(QStringLiteral("50000.1"), QStringLiteral("USD")));
    QVERIFY(dialog.table()->item(0, 2)->text().endsWith(QStringLiteral(".10")));
    QVERIFY(!dialog.settleButton()->isDefault()); // Enter cancels
    QCOMPARE(dialog.settleButton()->text(), QStringLiteral("Settle USD"));
}

void TestSettlementWidgets::settleDialogMany()
{
    const QList<Leg> legs{leg(QStringLiteral("BTC"), QStringLiteral("1.5"), QStringLiteral("incoming")),
                          leg(QStringLiteral("USD"), QStringLiteral("7"), QStringLiteral("outgoing"))};
    SettleDialog dialog(batchWith(legs), legs);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QStringLiteral("Incoming")));
    QVERIFY(dialog.table()->item(1, 1)->text().contains(QStringLiteral("Outgoing")));
    QVERIFY2(dialog.question().contains(QStringLiteral("one after the other")), qPrintable(dialog.question()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QTest::mouseClick(dialog.settleButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
}

void TestSettlementWidgets::createDialogExplainsActiveBatch()
{
    Batch active = batchWith({});
    active.id = QStringLiteral("B_ACTIVE");
    active.assetKind = QStringLiteral("currency");
    active.createdAt = 1700000000000;
    Batch done = active;
    done.id = QStringLiteral("B_DONE");
    done.assetKind = QStringLiteral("tokenized_equity");
    done.status = QStringLiteral("completed");
    CreateBatchDialog dialog({active, done});
    QCOMPARE(dialog.assetKind(), QStringLiteral("currency"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.explanation().contains(QStringLiteral("B_ACTIVE")), qPrintable(dialog.explanation()));
    QVERIFY2(dialog.explanation().contains(QStringLiteral("one active batch per asset kind")),
             qPrintable(dialog.explanation()));
    dialog.setAssetKind(QStringLiteral("tokenized_equity"));
    QCOMPARE(dialog.assetKind(), QStringLiteral("tokenized_equity"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(!dialog.explanation().contains(QStringLiteral("B_ACTIVE")));
    QVERIFY(!CreateBatchDialog::activeBatch({done}, QStringLiteral("tokenized_equity")));
}

QTEST_MAIN(TestSettlementWidgets)
#include "tst_settlementwidgets.moc"
