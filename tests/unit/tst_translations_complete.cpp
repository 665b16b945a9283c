// Every source string of prime-admin has a finished German and French
// translation: lupdate (same sources and options as `update_translations`)
// runs on a temporary copy of each .ts, so the check sees strings added since
// the last refresh, and the real files are never written.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QStringList listFromDefinition(const char *value)
{
    return QString::fromUtf8(value).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%99 and %n, each once.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// A mnemonic: '&' before a character, but neither "&&" (a literal ampersand)
// nor an HTML entity such as "&lt;" or "&#8594;" in rich text.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    QString plain = text;
    plain.remove(entity);
    plain.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return mnemonic.match(plain).hasMatch();
}

// True when the language's first numerus form is used for n == 1 only (so it
// may say "this leg" instead of "%n leg"). In French the first form also
// covers 0, so there %n must stay.
bool singularIsExactlyOne(const QString &language)
{
    return language == QLatin1String("de") || language == QLatin1String("en");
}

QString problemOf(const Message &m, const QString &language)
{
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return QStringLiteral("no longer in the sources (%1)").arg(m.type);
    if (m.type == QLatin1String("unfinished"))
        return QStringLiteral("unfinished");
    if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                [](const QString &t) { return t.trimmed().isEmpty(); }))
        return QStringLiteral("empty translation");
    const QSet<QString> wanted = placeholders(m.source);
    for (qsizetype i = 0; i < m.translations.size(); ++i) {
        const QString &t = m.translations.at(i);
        QSet<QString> missing = wanted - placeholders(t);
        if (m.numerus && i == 0 && m.translations.size() > 1 && singularIsExactlyOne(language))
            missing.remove(QStringLiteral("%n"));
        if (!missing.isEmpty())
            return QStringLiteral("translation \"%1\" lacks %2").arg(t, QStringList(missing.cbegin(), missing.cend()).join(QLatin1Char(' ')));
        if (hasAccelerator(m.source) && !hasAccelerator(t))
            return QStringLiteral("translation \"%1\" lacks the '&' accelerator").arg(t);
    }
    return {};
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT
private slots:
    void checks_data();
    void checks();
    void complete_data();
    void complete();
};

// The checks themselves, on hand-made messages (so the test can fail for the right reasons).
void TestTranslationsComplete::checks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("numerusForms");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("finished") << s("Cancel") << QString() << s("Abbrechen") << true << s("de") << QStringList();
    QTest::newRow("unfinished") << s("Cancel") << s("unfinished") << s("Abbrechen") << false << s("de") << QStringList();
    QTest::newRow("vanished") << s("Cancel") << s("vanished") << s("Abbrechen") << false << s("de") << QStringList();
    QTest::newRow("empty") << s("Cancel") << QString() << QString() << false << s("de") << QStringList();
    QTest::newRow("placeholder kept") << s("Key %1 of %2") << QString() << s("Schl\xc3\xbcssel %2/%1") << true << s("de") << QStringList();
    QTest::newRow("placeholder lost") << s("Key %1 of %2") << QString() << s("Schl\xc3\xbcssel %1") << false << s("de") << QStringList();
    QTest::newRow("accelerator kept") << s("&File") << QString() << s("&Datei") << true << s("de") << QStringList();
    QTest::newRow("accelerator lost") << s("&File") << QString() << s("Datei") << false << s("de") << QStringList();
    QTest::newRow("literal ampersand") << s("Users && keys") << QString() << s("Benutzer und Schl\xc3\xbcssel") << true << s("de") << QStringList();
    QTest::newRow("html entity") << s("A &lt; B") << QString() << s("A kleiner B") << true << s("de") << QStringList();
    const QString legs = s("Settle %n leg(s) of batch %1?");
    QTest::newRow("numerus") << legs << QString() << QString() << true << s("fr")
                             << QStringList{s("R\xc3\xa9gler %n jambe du lot %1 ?"), s("R\xc3\xa9gler %n jambes du lot %1 ?")};
    QTest::newRow("numerus German singular without %n") << legs << QString() << QString() << true << s("de")
                             << QStringList{s("Diesen Posten von Batch %1 abwickeln?"), s("%n Posten von Batch %1 abwickeln?")};
    QTest::newRow("numerus French singular without %n") << legs << QString() << QString() << false << s("fr")
                             << QStringList{s("R\xc3\xa9gler cette jambe du lot %1 ?"), s("R\xc3\xa9gler %n jambes du lot %1 ?")};
    QTest::newRow("numerus plural without %n") << legs << QString() << QString() << false << s("de")
                             << QStringList{s("Diesen Posten von Batch %1 abwickeln?"), s("Posten von Batch %1 abwickeln?")};
}

void TestTranslationsComplete::checks()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QString, translation);
    QFETCH(bool, ok);
    QFETCH(QString, language);
    QFETCH(QStringList, numerusForms);
    const bool numerus = !numerusForms.isEmpty();
    const Message m{QStringLiteral("ctx"), source, type, numerus, numerus ? numerusForms : QStringList{translation}};
    QCOMPARE(problemOf(m, language).isEmpty(), ok);
}

void TestTranslationsComplete::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &ts : listFromDefinition(PRIME_TS_FILES))
        QTest::newRow(qPrintable(QFileInfo(ts).completeBaseName())) << ts;
}

void TestTranslationsComplete::complete()
{
    QFETCH(QString, tsFile);
    const QString sourceDir = qEnvironmentVariable("PRIME_SOURCE_DIR", QStringLiteral(PRIME_SOURCE_TREE));
    QVERIFY2(QFileInfo(sourceDir + QStringLiteral("/CMakeLists.txt")).exists(), qPrintable(sourceDir));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString language = QFileInfo(tsFile).completeBaseName().section(QLatin1Char('_'), -1);
    QStringList args = listFromDefinition(PRIME_LUPDATE_SOURCES);
    args << listFromDefinition(PRIME_LUPDATE_OPTIONS)
         << QStringLiteral("-target-language") << language << QStringLiteral("-ts") << copy;
    // English is the source language: its catalogue holds only the plural forms.
    if (language == QLatin1String("en"))
        args << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(PRIME_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > (language == QLatin1String("en") ? 10 : 100),
             "lupdate found suspiciously few strings: wrong source list?");

    QStringList offenders;
    for (const Message &m : messages) {
        const QString problem = problemOf(m, language);
        if (!problem.isEmpty())
            offenders << QStringLiteral("  [%1] \"%2\": %3").arg(m.context, m.source, problem);
    }
    if (!offenders.isEmpty()) {
        const QString report = QStringLiteral("%1 of %2 messages in %3 are not done (first 20):\n%4")
                                   .arg(offenders.size())
                                   .arg(messages.size())
                                   .arg(QFileInfo(tsFile).fileName(), offenders.mid(0, 20).join(QLatin1Char('\n')));
        QFAIL(qPrintable(report));
    }
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
