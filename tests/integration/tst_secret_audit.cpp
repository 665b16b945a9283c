// The secret audit (issue 11): the whole workflow as a user does it, through the
// window, on a saved profile whose secret spells a marker, against an in-process
// sandbox, plus primectl, an aborted prime-admin and both screenshot runs, all in
// a throwaway HOME/XDG/TMPDIR (tst_secret_audit_workflow.cpp, _children.cpp). Then every file
// written there, every child's output, this process's log messages and QtTest
// output, what widgets painted and the clipboard are searched for every secret
// that was in play, in every encoding of SecretScanner.h. Nothing may be found.
// The scanner's own self-checks come first, so a blind scanner fails the test.
#include "SecretAuditTest.h"

#include <ProfileCredentials.h>
#include <SandboxState.h>

#include <QClipboard>
#include <QMutex>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace prime;
using namespace secretaudit;

namespace secretaudit {
std::unique_ptr<Throwaway> g_dirs;
QString g_outsideTmp;
} // namespace secretaudit

namespace {
QMutex g_logMutex;
QByteArray g_rawLog;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_rawLog += message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// The encodings a scan reported for `path`: "<path>: <label> as <a>, <b>".
QStringList encodingsFound(const QStringList &hits, const QString &path)
{
    QStringList encodings;
    for (const QString &h : hits)
        if (h.startsWith(path + QStringLiteral(": ")) && h.contains(QStringLiteral(" as ")))
            encodings << h.mid(h.indexOf(QStringLiteral(" as ")) + 4).split(QStringLiteral(", "));
    return encodings;
}
} // namespace

QByteArray secretaudit::clipboardBytes()
{
    QByteArray all;
    if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData())
        for (const QString &format : mime->formats())
            all += mime->data(format) + '\n';
    return all + QGuiApplication::clipboard()->text().toUtf8();
}

QByteArray secretaudit::rawLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_rawLog;
}

void TestSecretAudit::initTestCase()
{
    // No QStandardPaths test mode: the whole HOME is throwaway, and what is audited
    // is the app's real paths (the same ones primectl and prime-admin children use).
    // The app's log file as prime-admin writes it; under it, a raw capture of every
    // message before redaction (QTest installed its handler in qExec()).
    m_log = std::make_unique<LogFile>(LogFile::defaultDirectory());
    LogFile::install(m_log.get());
    g_previousHandler = qInstallMessageHandler(captureMessages);
    const QString problem = keychaintest::keychainProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QGuiApplication::clipboard()->clear();

    sandbox::SandboxOptions options;
    options.seed = sandbox::SandboxOptions::Seed::Empty;
    QVERIFY(QDir().mkpath(g_dirs->root + QStringLiteral("/sandbox")));
    options.statePath = g_dirs->root + QStringLiteral("/sandbox/state.json");
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    m_server->setClockFrozen(true);
    // The account's admin key gets our recognisable secret: it becomes the profile's.
    for (const auto &k : m_server->state().keys) {
        if (k->kind == sandbox::KeyRecord::Kind::Admin) {
            k->secret = SecretBytes(QByteArrayView(kProfileSecret));
            k->signer = std::make_shared<RequestSigner>(k->secret);
        }
    }
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    harvest();
    QVERIFY(m_scanner.secrets().contains(kProfileSecret));
    connect(&m_harvestTimer, &QTimer::timeout, this, &TestSecretAudit::harvest);
    m_harvestTimer.start(10);
}

void TestSecretAudit::scannerFindsEveryEncoding_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("planted");
    for (const Shape &s : shapesOf(kProfileSecret))
        QTest::newRow(qPrintable(s.encoding)) << s.encoding << s.bytes;
}

// The scan can fail: the marker planted in each encoding, in a log line and inside
// binary data, in a directory outside the audited tree, is found and named.
void TestSecretAudit::scannerFindsEveryEncoding()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, planted);
    Scanner scanner;
    scanner.add(QStringLiteral("planted marker"), kProfileSecret);
    QTemporaryDir dir(g_outsideTmp + QStringLiteral("/prime-secret-plant-XXXXXX"));
    QVERIFY(!dir.path().startsWith(g_dirs->root));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".local/share/logs"))));
    const QString log = dir.filePath(QStringLiteral(".local/share/logs/app.log"));
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QString clean = dir.filePath(QStringLiteral("clean.conf"));
    QVERIFY(writeFile(log, "line before\n" + planted + "\nline after\n"));
    QVERIFY(writeFile(png, randomBytes(5000) + planted + randomBytes(5000)));
    QVERIFY(writeFile(clean, "[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n"));
    const FileScan scan = scanTree(dir.path(), scanner);
    QCOMPARE(scan.files.size(), 3);
    QVERIFY2(encodingsFound(scan.hits, log).contains(encoding), qPrintable(scan.hits.join(u'\n')));
    QVERIFY2(encodingsFound(scan.hits, png).contains(encoding), qPrintable(scan.hits.join(u'\n')));
    QVERIFY(std::none_of(scan.hits.cbegin(), scan.hits.cend(), [&](const QString &h) { return h.contains(clean); }));
}

// Secrets the test never saw (the screenshot child's sandbox keys) are caught by
// their shape; shorter tokens (hashes, ids) are not; painted text is checked too.
void TestSecretAudit::scannerFindsUnknownSecrets()
{
    const QByteArray unknown = randomBytes(64).toBase64();
    const QByteArray unknownHex = randomBytes(64).toHex();
    const auto shapes = [](const QByteArray &data) { return scanForSecretShapes(data, QStringLiteral("f")); };
    QVERIFY(!shapes("x=" + unknown + ";").isEmpty());
    QVERIFY(!shapes(randomBytes(300) + "\n" + unknown + "\n" + randomBytes(300)).isEmpty());
    QVERIFY(!shapes("sig " + unknownHex + " end").isEmpty());
    QVERIFY(shapes("sha256=" + randomBytes(32).toHex() + " id=" + randomBytes(32).toBase64()).isEmpty());

    Scanner scanner;
    scanner.add(QStringLiteral("planted marker"), kProfileSecret);
    PaintWatch watch(&scanner);
    QLineEdit field;
    field.setObjectName(QStringLiteral("plantedField"));
    field.setEchoMode(QLineEdit::Password);
    field.setText(QString::fromLatin1(kProfileSecret));
    field.resize(900, 30);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.grab();
    QVERIFY(watch.paints() > 0);
    QVERIFY(watch.takeHits().isEmpty()); // masked: bullets are painted
    field.setEchoMode(QLineEdit::Normal);
    field.grab();
    const QStringList hits = watch.takeHits();
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().contains(QStringLiteral("plantedField")));
    field.hide();
    // Scroll areas paint through their viewport: a text view and a table are seen too.
    QPlainTextEdit text;
    text.setObjectName(QStringLiteral("plantedText"));
    text.setPlainText(QStringLiteral("details: ") + QString::fromLatin1(kProfileSecret));
    QTableWidget table(3, 2);
    table.setObjectName(QStringLiteral("plantedTable"));
    table.setItem(1, 1, new QTableWidgetItem(QString::fromLatin1(kProfileSecret)));
    for (QWidget *w : std::initializer_list<QWidget *>{&text, &table}) {
        w->resize(900, 200);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->grab();
        const QStringList seen = watch.takeHits();
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [w](const QString &h) { return h.contains(w->objectName()); }),
                 qPrintable(w->objectName()));
    }
}

void TestSecretAudit::nothingLeaked()
{
    QVERIFY(m_window);
    // Closed as a user closes it: window state goes to the settings, the session ends.
    m_window->close();
    m_window.reset();
    harvest();
    m_paintHits << m_paints->takeHits();
    QStringList leaks = m_paintHits;
    const QByteArray clipboard = clipboardBytes();
    leaks << m_scanner.scan(clipboard, QStringLiteral("clipboard")) << scanForSecretShapes(clipboard, QStringLiteral("clipboard"));

    // The sandbox's state file is the server's storage, not something the app
    // wrote: it keeps the admin secret (README: admin keys persist, mode 0600) to
    // verify signatures after a restart, as Kraken's own database would. It is
    // excluded by its exact path, and the scanner must see the secret in it.
    QString error;
    QVERIFY2(m_server->saveState(&error), qPrintable(error));
    const QString statePath = QFileInfo(g_dirs->root + QStringLiteral("/sandbox/state.json")).absoluteFilePath();
    QFile state(statePath);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY2(!m_scanner.scan(state.readAll(), statePath).isEmpty(), "the scanner misses the secret in the sandbox state file");
    const FileScan files = scanTree(g_dirs->root, m_scanner, {statePath});
    QCOMPARE(files.excluded, QStringList{statePath});
    leaks << files.hits;
    for (const auto &[name, bytes] : std::as_const(m_childOutput))
        leaks << m_scanner.scan(bytes, name) << scanForSecretShapes(bytes, name);
    const QByteArray log = rawLog();
    const QString logName = QStringLiteral("this process's log messages (before redaction)");
    leaks << m_scanner.scan(log, logName) << scanForSecretShapes(log, logName);

    qInfo().noquote() << "secret audit:" << m_scanner.secretCount() << "secrets, each as"
                      << encodingNames().join(QStringLiteral(", ")) << "and secret-shaped tokens, in"
                      << files.files.size() << "files," << m_childOutput.size() << "child output streams,"
                      << log.size() << "bytes of log messages," << m_paints->paints() << "widget paints and the clipboard";
    // Spaced path separators: the log's redaction takes long runs of [A-Za-z0-9+/] for base64.
    const auto shown = [](const QString &path) { return path.mid(g_dirs->root.size() + 1).replace(u'/', QStringLiteral(" / ")); };
    for (const QString &f : files.files)
        qInfo().noquote() << "  scanned" << shown(f) << QFileInfo(f).size() << "bytes";
    qInfo().noquote() << "  excluded" << shown(statePath) << "(the sandbox server's own storage)";
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    // "Nothing found" means something only if the scan saw what the app writes.
    const QStringList expected{QStringLiteral("/.config/PrimeAdmin/profiles.ini"),
                               QStringLiteral("/.config/PrimeAdmin/prime-admin.conf"),
                               QStringLiteral("/PrimeAdmin/prime-admin/audit.jsonl"),
                               QStringLiteral("/PrimeAdmin/prime-admin/logs/prime-admin.log"),
                               QStringLiteral("/PrimeAdmin/prime-admin/nonces/"),
                               QStringLiteral("/test-output.txt"),
                               QStringLiteral("/primectl/keys-create.json"),
                               QStringLiteral("/primectl/keys-rotate.json"),
                               QStringLiteral("/screenshots/workflow-secret-dialog.png"),
                               QStringLiteral("/screenshots/app/secret-dialog.png"),
                               QStringLiteral("/screenshots/in-process/secret-dialog.png")};
    for (const QString &e : expected)
        QVERIFY2(std::any_of(files.files.cbegin(), files.files.cend(), [&](const QString &f) { return f.contains(e); }),
                 qPrintable(QStringLiteral("not written, so not audited: ") + e));
    // The profile and read-only admin secrets, the GUI's issued and rotated keys,
    // primectl's created and rotated keys, and the screenshot sandbox's keys.
    QVERIFY2(m_scanner.secretCount() >= 10, qPrintable(QString::number(m_scanner.secretCount())));
    QVERIFY(!log.isEmpty());
}

void TestSecretAudit::cleanupTestCase()
{
    m_harvestTimer.stop();
    m_paints.reset();
    if (m_profiles && m_secrets) {
        bool removed = false;
        removeProfileWithSecrets(*m_profiles, *m_secrets, kProfileName, nullptr,
                                 [&removed](const SecretStore::Outcome &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 30000));
    }
    qInstallMessageHandler(g_previousHandler);
    LogFile::install(nullptr);
}

int main(int argc, char *argv[])
{
    g_outsideTmp = QDir::tempPath();
    static QTemporaryDir root(g_outsideTmp + QStringLiteral("/prime-secret-audit-XXXXXX"));
    if (!root.isValid())
        return 1;
    g_dirs = std::make_unique<Throwaway>(root.path());
    if (!g_dirs->apply())
        return 1;
    qputenv("QT_LOGGING_RULES", "prime.*=true");
    QApplication app(argc, argv);
    // The app's own names, so that settings, logs, the audit log, nonces and the
    // journal land where prime-admin and primectl put them (in the throwaway home).
    QApplication::setOrganizationName(QStringLiteral("PrimeAdmin"));
    QApplication::setApplicationName(QStringLiteral("prime-admin"));
    // QtTest's own output goes to the console and to a file that is scanned too.
    QStringList args = app.arguments();
    args << QStringLiteral("-o") << g_dirs->root + QStringLiteral("/test-output.txt,txt") << QStringLiteral("-o")
         << QStringLiteral("-,txt");
    TestSecretAudit test;
    return QTest::qExec(&test, args);
}
