// AssetAmount (exact formatting per asset precision) and the CSV exports.
#include <AssetAmount.h>
#include <BatchCsv.h>

#include <QTest>

#include <cmath>

using namespace prime;

class TestSettlementCore : public QObject
{
    Q_OBJECT
private slots:
    void formatAmount_data();
    void formatAmount();
    void signedAmount_data();
    void signedAmount();
    void decimalStrings_data();
    void decimalStrings();
    void compare_data();
    void compare();
    void magnitude();
    void legsCsvKeepsCliFormat();
    void batchCsv();
    void batchListCsv();
    void quoting();
};

void TestSettlementCore::formatAmount_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd pads to cents") << "36500" << "USD" << "36,500.00";
    QTest::newRow("usd keeps sub-cent digits") << "15840.175" << "USD" << "15,840.175";
    QTest::newRow("btc 8 decimals") << "1.75" << "BTC" << "1.75000000";
    QTest::newRow("btc beyond precision kept") << "0.123456789012" << "BTC" << "0.123456789012";
    QTest::newRow("jpy none") << "1234567" << "JPY" << "1,234,567";
    QTest::newRow("jpy fraction kept") << "12.5" << "JPY" << "12.5";
    QTest::newRow("usdt 4") << "9000" << "USDT" << "9,000.0000";
    QTest::newRow("unknown asset 8") << "15" << "AAPLx" << "15.00000000";
    QTest::newRow("negative") << "-96250.4" << "USD" << "\u221296,250.40";
    QTest::newRow("leading zeros") << "000123.4" << "EUR" << "123.40";
    QTest::newRow("huge exact") << "123456789012345678901234567890.123456789" << "BTC"
                                << "123,456,789,012,345,678,901,234,567,890.123456789";
    QTest::newRow("not a number shown as sent") << "1e5" << "BTC" << "1e5";
    QTest::newRow("empty") << "" << "BTC" << "";
}

void TestSettlementCore::formatAmount()
{
    QFETCH(QString, amount);
    QFETCH(QString, asset);
    QFETCH(QString, expected);
    QCOMPARE(prime::formatAmount(amount, asset, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestSettlementCore::signedAmount_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("expected");
    QTest::newRow("incoming") << "1.5" << "incoming" << "+1.50000000";
    QTest::newRow("outgoing") << "1.5" << "outgoing" << "\u22121.50000000";
    QTest::newRow("unknown direction") << "1.5" << "sideways" << "1.50000000";
    QTest::newRow("garbage stays") << "abc" << "incoming" << "abc";
}

void TestSettlementCore::signedAmount()
{
    QFETCH(QString, amount);
    QFETCH(QString, direction);
    QFETCH(QString, expected);
    QCOMPARE(formatSignedAmount(amount, direction, QStringLiteral("BTC"), QLocale(QLocale::English)), expected);
}

void TestSettlementCore::decimalStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("int") << "12" << true;
    QTest::newRow("fraction") << "0.5" << true;
    QTest::newRow("signed") << "-3.25" << true;
    QTest::newRow("plus") << "+3" << true;
    QTest::newRow("bare dot") << "." << false;
    QTest::newRow("leading dot") << ".5" << false;
    QTest::newRow("trailing dot") << "5." << false;
    QTest::newRow("exponent") << "1e3" << false;
    QTest::newRow("two dots") << "1.2.3" << false;
    QTest::newRow("space") << " 1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSettlementCore::decimalStrings()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isDecimalString(text), valid);
}

void TestSettlementCore::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal padded") << "1.50" << "1.5" << 0;
    QTest::newRow("integer length") << "99" << "100" << -1;
    QTest::newRow("fraction") << "0.1000000000000000001" << "0.1" << 1;
    QTest::newRow("negatives") << "-2" << "-1" << -1;
    QTest::newRow("sign") << "-0.0001" << "0" << -1;
    QTest::newRow("negative zero") << "-0" << "0" << 0;
    QTest::newRow("beyond double") << "9007199254740993" << "9007199254740992" << 1;
    QTest::newRow("garbage first") << "x" << "0" << -1;
}

void TestSettlementCore::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(compareDecimal(a, b), expected);
    QCOMPARE(compareDecimal(b, a), -expected);
    if (isDecimalString(a) && isDecimalString(b)) { // the sort key orders the same way
        const int keyOrder = decimalSortKey(a).compare(decimalSortKey(b));
        QCOMPARE(keyOrder < 0 ? -1 : (keyOrder > 0 ? 1 : 0), expected);
    }
}

void TestSettlementCore::magnitude()
{
    QCOMPARE(amountMagnitude(u"0"), 0.0);
    QCOMPARE(amountMagnitude(u"garbage"), 0.0);
    QVERIFY(qAbs(amountMagnitude(u"1000") - 3.0) < 1e-9);
    QVERIFY(qAbs(amountMagnitude(u"0.005") - std::log10(0.005)) < 1e-3);
    QVERIFY(qAbs(amountMagnitude(u"-36500") - std::log10(36500.0)) < 1e-3);
    QVERIFY(amountMagnitude(u"250000") > amountMagnitude(u"1.75"));
}

static Batch sampleBatch()
{
    Batch b;
    b.id = QStringLiteral("B_TEST");
    b.status = QStringLiteral("partially_settled");
    b.confirmed = true;
    b.createdAt = 1700000000000;
    b.updatedAt = 1700000100000;
    b.tradeCount = 3;
    b.assetKind = QStringLiteral("currency");
    Leg btc;
    btc.asset = QStringLiteral("BTC");
    btc.amount = QStringLiteral("1.250000000000000001");
    btc.direction = QStringLiteral("incoming");
    btc.status = QStringLiteral("settled");
    btc.settledAt = 1700000050000;
    btc.latestTransfer = Transfer{QStringLiteral("T1"), QStringLiteral("completed"), btc.amount, btc.asset};
    Leg usd;
    usd.asset = QStringLiteral("USD");
    usd.amount = QStringLiteral("50000.10");
    usd.direction = QStringLiteral("outgoing");
    usd.status = QStringLiteral("unsettled");
    usd.canSettle = true;
    b.legs = {btc, usd};
    b.tradeIds = QStringList{QStringLiteral("3f435d6b-62fd-4f26-b1c5-68ef573d93ef"),
                             QStringLiteral("7f6a6d75-6470-4f65-8b24-9858f28ede83"),
                             QStringLiteral("t,3")};
    return b;
}

static QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> l = csv.split('\n');
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    for (QByteArray &line : l) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return l;
}

void TestSettlementCore::legsCsvKeepsCliFormat()
{
    const QByteArray csv = csv::legsToCsv(sampleBatch());
    QVERIFY(csv.endsWith("\r\n"));
    const auto l = lines(csv);
    QCOMPARE(l.size(), 3);
    QCOMPARE(l.at(0), QByteArray("batch_id,batch_status,confirmed,asset,direction,amount,leg_status,can_settle,"
                                 "settled_at,transfer_id,transfer_status,transfer_amount,transfer_asset"));
    QCOMPARE(l.at(1), QByteArray("B_TEST,partially_settled,true,BTC,incoming,1.250000000000000001,settled,false,"
                                 "1700000050000,T1,completed,1.250000000000000001,BTC"));
    QCOMPARE(l.at(2), QByteArray("B_TEST,partially_settled,true,USD,outgoing,50000.10,unsettled,true,,,,,"));
}

void TestSettlementCore::batchCsv()
{
    const auto l = lines(csv::batchToCsv(sampleBatch()));
    QCOMPARE(l.size(), 1 + 1 + 2 + 3);
    const int columns = int(csv::batchHeader().size());
    QCOMPARE(l.at(0), csv::batchHeader().join(QLatin1Char(',')).toUtf8());
    QCOMPARE(l.at(1), QByteArray("batch,B_TEST,partially_settled,true,currency,1700000000000,"
                                 "2023-11-14T22:13:20.000Z,1700000100000,2023-11-14T22:15:00.000Z,3,,,,,,,,,,,,"));
    QVERIFY2(l.at(2).startsWith("leg,B_TEST,,,,,,,,,BTC,incoming,1.250000000000000001,settled,false,1700000050000,"),
             l.at(2).constData());
    QVERIFY2(l.at(3).startsWith("leg,B_TEST,,,,,,,,,USD,outgoing,50000.10,unsettled,true,"), l.at(3).constData());
    QCOMPARE(l.at(4), QByteArray("trade,B_TEST,,,,,,,,,,,,,,,,,,,,3f435d6b-62fd-4f26-b1c5-68ef573d93ef"));
    QCOMPARE(l.at(6), QByteArray("trade,B_TEST,,,,,,,,,,,,,,,,,,,,\"t,3\""));
    for (int i = 0; i < 6; ++i) // every row has as many fields as the header (the quoted comma aside)
        QCOMPARE(l.at(i).count(',') + 1, columns);
}

void TestSettlementCore::batchListCsv()
{
    Batch other = sampleBatch();
    other.id = QStringLiteral("B_OTHER");
    other.legs.clear();
    other.tradeIds.reset();
    const auto l = lines(csv::batchListToCsv({sampleBatch(), other}));
    QCOMPARE(l.size(), 3);
    QCOMPARE(l.at(0), QByteArray("batch_id,status,confirmed,asset_kind,created_at,created_at_utc,updated_at,"
                                 "updated_at_utc,trade_count,legs,legs_settled,assets"));
    QCOMPARE(l.at(1), QByteArray("B_TEST,partially_settled,true,currency,1700000000000,2023-11-14T22:13:20.000Z,"
                                 "1700000100000,2023-11-14T22:15:00.000Z,3,2,1,BTC USD"));
    QVERIFY(l.at(2).startsWith("B_OTHER,") && l.at(2).endsWith(",3,0,0,"));
}

void TestSettlementCore::quoting()
{
    QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(csv::row({QStringLiteral("x"), QString(), QStringLiteral("\u00e9")}), QByteArray("x,,\xc3\xa9\r\n"));
}

QTEST_GUILESS_MAIN(TestSettlementCore)
#include "tst_settlementcore.moc"
