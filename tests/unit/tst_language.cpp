// prime_i18n: which language prime-admin starts in, that the embedded
// catalogues and Qt's own load, that numbers follow the language, and the
// --lang option of the real executable.
#include <AssetAmount.h>
#include <Format.h>
#include <Language.h>

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace prime;

namespace {

QString tsFile(const QString &language)
{
    const QStringList all = QString::fromUtf8(PRIME_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &ts : all) {
        if (ts.endsWith(QStringLiteral("_") + language + QStringLiteral(".ts")))
            return ts;
    }
    return {};
}

// The translation the .ts file holds for (context, source); empty if none.
QString translationInTs(const QString &language, const QString &context, const QString &source)
{
    QFile file(tsFile(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && currentContext == context && currentSource == source)
            return xml.readElementText(QXmlStreamReader::SkipChildElements);
    }
    return {};
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase();
    void cleanup();
    void availableLanguages();
    void resolution_data();
    void resolution();
    void languageArgument_data();
    void languageArgument();
    void savedSetting();
    void embeddedCatalogues();
    void installTranslates_data();
    void installTranslates();
    void numbersAndDatesFollowTheLanguage_data();
    void numbersAndDatesFollowTheLanguage();
    void unknownFallsBackToEnglish();
    void countedModelTextIsTranslated();
    void englishRemovesEarlierCatalogues();
    void commandLine_data();
    void commandLine();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminLanguageTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestLanguage::cleanup()
{
    i18n::install(qApp, QStringLiteral("en"));
    QSettings().clear();
}

void TestLanguage::availableLanguages()
{
    const QList<i18n::Language> all = i18n::availableLanguages();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).code, QStringLiteral("en"));
    QCOMPARE(all.at(1).nativeName, QStringLiteral("Deutsch"));
    QCOMPARE(all.at(2).nativeName, QString::fromUtf8("Fran\xc3\xa7" "ais"));
    QVERIFY(i18n::isAvailable(QStringLiteral("fr")));
    QVERIFY(!i18n::isAvailable(QStringLiteral("es")));
    QVERIFY(!i18n::isAvailable(QString()));
    QCOMPARE(i18n::availableCodes(), QStringLiteral("en, de, fr"));
}

void TestLanguage::resolution_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    const QStringList germanSystem{QStringLiteral("de-DE"), QStringLiteral("en-US")};
    QTest::newRow("command line wins") << QStringLiteral("fr") << QStringLiteral("de") << germanSystem << QStringLiteral("fr");
    QTest::newRow("english on the command line") << QStringLiteral("en") << QStringLiteral("de") << germanSystem << QStringLiteral("en");
    QTest::newRow("saved over system") << QString() << QStringLiteral("fr") << germanSystem << QStringLiteral("fr");
    QTest::newRow("system") << QString() << QString() << germanSystem << QStringLiteral("de");
    QTest::newRow("system region variant") << QString() << QString() << QStringList{QStringLiteral("fr_CH")} << QStringLiteral("fr");
    QTest::newRow("first available system language")
        << QString() << QString() << QStringList{QStringLiteral("es-ES"), QStringLiteral("fr-FR"), QStringLiteral("de")} << QStringLiteral("fr");
    QTest::newRow("no system language we have") << QString() << QString() << QStringList{QStringLiteral("ja-JP")} << QStringLiteral("en");
    QTest::newRow("C locale") << QString() << QString() << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("unknown saved value ignored") << QString() << QStringLiteral("xx") << germanSystem << QStringLiteral("de");
    QTest::newRow("unknown command line ignored") << QStringLiteral("xx") << QStringLiteral("fr") << germanSystem << QStringLiteral("fr");
}

void TestLanguage::resolution()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, saved);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(i18n::resolveLanguage(commandLine, saved, system), expected);
}

void TestLanguage::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString app = QStringLiteral("prime-admin");
    QTest::newRow("absent") << QStringList{app, QStringLiteral("--sandbox")} << QString();
    QTest::newRow("separate value") << QStringList{app, QStringLiteral("--lang"), QStringLiteral("de")} << QStringLiteral("de");
    QTest::newRow("equals") << QStringList{app, QStringLiteral("--sandbox"), QStringLiteral("--lang=fr")} << QStringLiteral("fr");
    QTest::newRow("single dash") << QStringList{app, QStringLiteral("-lang"), QStringLiteral("fr")} << QStringLiteral("fr");
    QTest::newRow("missing value") << QStringList{app, QStringLiteral("--lang")} << QString();
    QTest::newRow("after --") << QStringList{app, QStringLiteral("--"), QStringLiteral("--lang=de")} << QString();
    QTest::newRow("program name is not an option") << QStringList{QStringLiteral("--lang=de")} << QString();
}

void TestLanguage::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(i18n::languageArgument(arguments), expected);
}

void TestLanguage::savedSetting()
{
    QCOMPARE(i18n::savedLanguage(), QString());
    i18n::saveLanguage(QStringLiteral("de"));
    QCOMPARE(QSettings().value(i18n::settingsKey()).toString(), QStringLiteral("de"));
    QCOMPARE(i18n::savedLanguage(), QStringLiteral("de"));
    i18n::saveLanguage(QString()); // back to "follow the system"
    QVERIFY(!QSettings().contains(i18n::settingsKey()));
    QSettings().setValue(i18n::settingsKey(), QStringLiteral("tlh")); // e.g. a language since removed
    QCOMPARE(i18n::savedLanguage(), QString());
}

void TestLanguage::embeddedCatalogues()
{
    // The .qm files live in a resource of the static library; linking it must
    // be enough to reach them (Qt registers the resource object library).
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
        QFile qm(QStringLiteral(":/i18n/prime-admin_") + code + QStringLiteral(".qm"));
        QVERIFY2(qm.open(QIODevice::ReadOnly), qPrintable(qm.fileName()));
        QVERIFY(qm.size() > 16);
    }
}

void TestLanguage::installTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QChar>("decimalPoint");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen") << QChar(u',');
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler") << QChar(u',');
}

void TestLanguage::installTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QChar, decimalPoint);
    QVERIFY(i18n::install(qApp, language));

    // Qt's own catalogue: standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    // Numbers and dates follow the language.
    QCOMPARE(QLocale().language(), QLocale(language).language());
    QCOMPARE(QLocale().decimalPoint(), QString(decimalPoint));

    // One string of each layer, as the translators wrote it in the .ts file.
    const QList<std::pair<const char *, const char *>> samples{
        {"ProfileCredentials", "The API secret is empty."}, // app/core
        {"Format", "Partially settled"},                    // models
        {"prime::ui::MainWindow", "&View"},                 // ui
        {"main", "Use either --sandbox or --profile, not both."}, // app/main.cpp
    };
    for (const auto &[context, source] : samples) {
        const QString expected = translationInTs(language, QString::fromUtf8(context), QString::fromUtf8(source));
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("%1 has no translation of \"%2\" yet")
                                                     .arg(tsFile(language), QString::fromUtf8(source))));
        QCOMPARE(QCoreApplication::translate(context, source), expected);
        QVERIFY(expected != QString::fromUtf8(source) || language == QLatin1String("en"));
    }
}

// Amounts keep every digit Kraken sent; only the separators follow the language.
void TestLanguage::numbersAndDatesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("btc");
    QTest::addColumn<QString>("usd");
    QTest::addColumn<QString>("dateFormat");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1,234.56780000") << QStringLiteral("1,234.5678")
                        << QStringLiteral("M/d/yyyy");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1.234,56780000") << QStringLiteral("1.234,5678")
                        << QStringLiteral("dd.MM.yyyy");
    QTest::newRow("fr") << QStringLiteral("fr") << QString::fromUtf8("1\xe2\x80\xaf" "234,56780000")
                        << QString::fromUtf8("1\xe2\x80\xaf" "234,5678") << QStringLiteral("dd/MM/yyyy");
}

void TestLanguage::numbersAndDatesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, btc);
    QFETCH(QString, usd);
    QFETCH(QString, dateFormat);
    QVERIFY(i18n::install(qApp, language));
    QCOMPARE(formatAmount(QStringLiteral("1234.5678"), QStringLiteral("BTC")), btc);
    QCOMPARE(formatAmount(QStringLiteral("1234.5678"), QStringLiteral("USD")), usd); // never rounded to 2
    QCOMPARE(formatAmount(QStringLiteral("0.000000000000000001"), QStringLiteral("ETH")).right(18),
             QStringLiteral("000000000000000001"));
    QCOMPARE(models::dateFormat(), dateFormat);
    const qint64 ms = QDateTime(QDate(2026, 11, 27), QTime(14, 5, 9)).toMSecsSinceEpoch();
    QVERIFY2(models::formatTime(ms).contains(QStringLiteral(":05:09")), qPrintable(models::formatTime(ms)));
    QVERIFY(models::formatTime(ms).contains(QStringLiteral("2026")));
}

// Plural messages of the models reach the catalogue (lupdate 6.4 skipped one
// whose count was an expression) and the asset kind has its in-sentence form.
void TestLanguage::countedModelTextIsTranslated()
{
    const QStringList ips{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")};
    QVERIFY(i18n::install(qApp, QStringLiteral("de")));
    QCOMPARE(models::allowListSummary(ips), QStringLiteral("10.0.0.1, 10.0.0.2 und 1 weitere"));
    QCOMPARE(models::assetKindInText(QStringLiteral("currency")), QString::fromUtf8("W\xc3\xa4hrung"));
    QVERIFY(i18n::install(qApp, QStringLiteral("fr")));
    QCOMPARE(models::allowListSummary(ips + QStringList{QStringLiteral("10.0.0.4")}),
             QStringLiteral("10.0.0.1, 10.0.0.2 et 2 autres"));
    QVERIFY(i18n::install(qApp, QStringLiteral("en")));
    QCOMPARE(models::allowListSummary(ips), QStringLiteral("10.0.0.1, 10.0.0.2 and 1 more"));
    QCOMPARE(models::assetKindInText(QStringLiteral("tokenized_equity")), QStringLiteral("tokenized equity"));
}

void TestLanguage::unknownFallsBackToEnglish()
{
    QVERIFY(i18n::install(qApp, QStringLiteral("de")));
    QVERIFY(!i18n::install(qApp, QStringLiteral("xx")));
    QCOMPARE(QCoreApplication::translate("prime::ui::UsersPane", "%n user(s)", nullptr, 1), QStringLiteral("1 user"));
    QCOMPARE(QCoreApplication::translate("ProfileCredentials", "The API secret is empty."),
             QStringLiteral("The API secret is empty."));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::englishRemovesEarlierCatalogues()
{
    QVERIFY(i18n::install(qApp, QStringLiteral("fr")));
    QVERIFY(i18n::install(qApp, QStringLiteral("de")));
    QVERIFY(i18n::install(qApp, QStringLiteral("en")));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("prime::ui::MainWindow", "&View"), QStringLiteral("&View"));
    // English plural forms, not the source's "(s)".
    QCOMPARE(QCoreApplication::translate("prime::ui::KeysPane", "%n key(s)", nullptr, 1), QStringLiteral("1 key"));
    QCOMPARE(QCoreApplication::translate("prime::ui::KeysPane", "%n key(s)", nullptr, 17), QStringLiteral("17 keys"));
    QCOMPARE(QCoreApplication::translate("prime::ui::UsersPane", "%n user(s)", nullptr, 0), QStringLiteral("0 users"));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
}

// The real executable: --lang is validated (exit 2) and applies before --help.
void TestLanguage::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("savedLanguage");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << QString() << QString() << 2
                             << QStringLiteral("\"xx\"");
    QTest::newRow("german help") << QStringList{QStringLiteral("--lang=de"), QStringLiteral("--help")} << QString() << QString() << 0
                                 << QStringLiteral("Zeigt Versionsinformation an.");
    QTest::newRow("saved french") << QStringList{QStringLiteral("--help")} << QStringLiteral("fr") << QString() << 0
                                  << QStringLiteral("Afficher les informations de version.");
    QTest::newRow("command line over saved") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
                                             << QStringLiteral("fr") << QString() << 0 << QStringLiteral("Displays version information.");
    QTest::newRow("system german") << QStringList{QStringLiteral("--help")} << QString() << QStringLiteral("de_DE.UTF-8") << 0
                                   << QStringLiteral("Zeigt Versionsinformation an.");
    QTest::newRow("saved over system") << QStringList{QStringLiteral("--help")} << QStringLiteral("fr")
                                       << QStringLiteral("de_DE.UTF-8") << 0
                                       << QStringLiteral("Afficher les informations de version.");
    QTest::newRow("system language we lack") << QStringList{QStringLiteral("--help")} << QString()
                                             << QStringLiteral("ja_JP.UTF-8") << 0
                                             << QStringLiteral("Displays version information.");
}

void TestLanguage::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, savedLanguage);
    QFETCH(QString, systemLocale);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOutput);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!savedLanguage.isEmpty()) {
        QSettings saved(home.filePath(QStringLiteral("config/PrimeAdmin/prime-admin.conf")), QSettings::IniFormat);
        saved.setValue(i18n::settingsKey(), savedLanguage);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    // The system language as Qt reads it on Unix (the locale need not be installed).
    const QString locale = systemLocale.isEmpty() ? QStringLiteral("C.UTF-8") : systemLocale;
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PRIME_ADMIN_BINARY), arguments);
    QVERIFY(app.waitForFinished(30000));
    const QString output = QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
    QCOMPARE(app.exitCode(), exitCode);
    QVERIFY2(output.contains(expectedOutput), qPrintable(output));
}

// Without a display (ssh, a package check) --help and --version still print
// and exit 0 instead of aborting for want of a platform plugin.
void TestLanguage::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << QStringLiteral(PRIME_VERSION);
    QTest::newRow("help") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
                          << QStringLiteral("--sandbox");
}

void TestLanguage::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedOutput);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PRIME_ADMIN_BINARY), arguments);
    QVERIFY(app.waitForFinished(30000));
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             qPrintable(QString::fromUtf8(app.readAllStandardError())));
    QVERIFY2(out.contains(expectedOutput), qPrintable(out));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
