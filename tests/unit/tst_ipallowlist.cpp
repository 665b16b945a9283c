// prime::IpAllowList: what an allow-list entry is, normalization, duplicates, diffs.
#include "IpAllowList.h"

#include <QtTest>

using prime::IpAllowList;

class TestIpAllowList : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void parseDropsDuplicatesAndReportsLines();
    void parseIgnoresBlankLines();
    void diff_data();
    void diff();
};

void TestIpAllowList::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty: invalid
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("ipv4") << QStringLiteral("192.0.2.7") << QStringLiteral("192.0.2.7") << QString();
    QTest::newRow("ipv4 spaces") << QStringLiteral("  192.0.2.7 ") << QStringLiteral("192.0.2.7") << QString();
    QTest::newRow("ipv4 cidr") << QStringLiteral("198.51.100.0/24") << QStringLiteral("198.51.100.0/24") << QString();
    QTest::newRow("ipv4 /32") << QStringLiteral("203.0.113.5/32") << QStringLiteral("203.0.113.5/32") << QString();
    QTest::newRow("ipv4 /0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << QString();
    QTest::newRow("ipv6") << QStringLiteral("2001:DB8:0:0::1") << QStringLiteral("2001:db8::1") << QString();
    QTest::newRow("ipv6 cidr") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8::/32") << QString();
    QTest::newRow("ipv6 /128") << QStringLiteral("::1/128") << QStringLiteral("::1/128") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
    QTest::newRow("octet > 255") << QStringLiteral("192.0.2.256") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("three parts") << QStringLiteral("10.1.2") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("shorthand") << QStringLiteral("127.1") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("leading zero") << QStringLiteral("010.0.0.1") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("hostname") << QStringLiteral("example.com") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("ipv6 scope") << QStringLiteral("fe80::1%eth0") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("ipv6 bad") << QStringLiteral("2001:db8:::1") << QString() << QStringLiteral("not an IPv4");
    QTest::newRow("prefix > 32") << QStringLiteral("10.0.0.0/33") << QString() << QStringLiteral("0 to 32");
    QTest::newRow("prefix > 128") << QStringLiteral("2001:db8::/129") << QString() << QStringLiteral("0 to 128");
    QTest::newRow("prefix text") << QStringLiteral("10.0.0.0/a") << QString() << QStringLiteral("0 to 32");
    QTest::newRow("prefix empty") << QStringLiteral("10.0.0.0/") << QString() << QStringLiteral("0 to 32");
    QTest::newRow("host bits v4") << QStringLiteral("192.0.2.7/24") << QString() << QStringLiteral("192.0.2.0/24");
    QTest::newRow("host bits v6") << QStringLiteral("2001:db8::1/32") << QString() << QStringLiteral("2001:db8::/32");
}

void TestIpAllowList::check()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, errorPart);
    const IpAllowList::Check c = IpAllowList::check(input);
    QCOMPARE(c.ok(), errorPart.isEmpty());
    QCOMPARE(c.normalized, normalized);
    if (!errorPart.isEmpty())
        QVERIFY2(c.error.contains(errorPart), qPrintable(c.error));
}

void TestIpAllowList::parseDropsDuplicatesAndReportsLines()
{
    const auto p = IpAllowList::parse({QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::1"),
                                       QStringLiteral("bogus"), QStringLiteral(" 192.0.2.7"),
                                       QStringLiteral("2001:DB8::0:1"), QStringLiteral("10.0.0.0/8")});
    QCOMPARE(p.entries, (QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::1"),
                                     QStringLiteral("10.0.0.0/8")}));
    QCOMPARE(p.duplicates, (QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::1")}));
    QCOMPARE(p.problems.size(), 1);
    QCOMPARE(p.problems.first().line, 2);
    QCOMPARE(p.problems.first().text, QStringLiteral("bogus"));
    QVERIFY(!p.ok());
}

void TestIpAllowList::parseIgnoresBlankLines()
{
    const auto p = IpAllowList::parse({QString(), QStringLiteral("  "), QStringLiteral("203.0.113.9")});
    QVERIFY(p.ok());
    QCOMPARE(p.entries, QStringList{QStringLiteral("203.0.113.9")});
    QVERIFY(IpAllowList::parse({}).entries.isEmpty());
}

void TestIpAllowList::diff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("kept");
    const QString a = QStringLiteral("192.0.2.1"), b = QStringLiteral("192.0.2.2"), c = QStringLiteral("2001:db8::1");
    QTest::newRow("same") << QStringList{a, b} << QStringList{b, a} << QStringList{} << QStringList{}
                          << QStringList{b, a};
    QTest::newRow("add") << QStringList{a} << QStringList{a, b} << QStringList{b} << QStringList{}
                         << QStringList{a};
    QTest::newRow("remove all") << QStringList{a, b} << QStringList{} << QStringList{} << QStringList{a, b}
                                << QStringList{};
    QTest::newRow("ipv6 spelled differently") << QStringList{QStringLiteral("2001:DB8:0::1")} << QStringList{c}
                                              << QStringList{} << QStringList{} << QStringList{c};
    QTest::newRow("replace") << QStringList{a} << QStringList{c} << QStringList{c} << QStringList{a}
                             << QStringList{};
}

void TestIpAllowList::diff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, kept);
    const auto d = IpAllowList::diff(before, after);
    QCOMPARE(d.added, added);
    QCOMPARE(d.removed, removed);
    QCOMPARE(d.kept, kept);
    QCOMPARE(d.isEmpty(), added.isEmpty() && removed.isEmpty());
}

QTEST_GUILESS_MAIN(TestIpAllowList)
#include "tst_ipallowlist.moc"
