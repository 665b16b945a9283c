// Helpers for the tests that run against a real keychain (a Secret Service in a
// private D-Bus session, see .ci/test): blocking wrappers over SecretStore's
// asynchronous calls (fine in a test), a probe, and a leak scanner.
#pragma once

#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

namespace keychaintest {

using prime::SecretBytes;
using prime::SecretStore;

inline SecretStore::Outcome write(SecretStore &store, const QString &entry, const SecretBytes &secret)
{
    std::optional<SecretStore::Outcome> result;
    store.write(entry, secret, nullptr, [&](const SecretStore::Outcome &o) { result = o; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, store.timeoutMs() * 3 + 5000))
        return {SecretStore::Status::Error, QStringLiteral("test: no callback")};
    return *result;
}

inline SecretStore::Outcome read(SecretStore &store, const QString &entry, SecretBytes *secret = nullptr)
{
    std::optional<SecretStore::Outcome> result;
    store.read(entry, nullptr, [&](const SecretStore::Outcome &o, const SecretBytes &s) {
        result = o;
        if (secret)
            *secret = s;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, store.timeoutMs() * 3 + 5000))
        return {SecretStore::Status::Error, QStringLiteral("test: no callback")};
    return *result;
}

inline SecretStore::Outcome remove(SecretStore &store, const QString &entry)
{
    std::optional<SecretStore::Outcome> result;
    store.remove(entry, nullptr, [&](const SecretStore::Outcome &o) { result = o; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, store.timeoutMs() * 3 + 5000))
        return {SecretStore::Status::Error, QStringLiteral("test: no callback")};
    return *result;
}

// Empty when a keychain answers; otherwise why not. Keychain tests FAIL then:
// a keychain test that passes without a keychain would prove nothing.
inline QString keychainProblem()
{
    SecretStore store;
    store.setTimeoutMs(10000);
    const QString entry = SecretStore::entryName(QUrl(QStringLiteral("https://probe.invalid")),
                                                 QStringLiteral("probe"));
    const SecretStore::Outcome w = write(store, entry, SecretBytes(QByteArrayView("cHJvYmU=")));
    if (!w.ok())
        return QStringLiteral("No usable keychain for this test (%1: %2). Run it inside a D-Bus session "
                              "with an unlocked gnome-keyring, as .ci/test does (PRIME_TEST_KEYRING=%3).")
            .arg(SecretStore::statusName(w.status), w.message,
                 QString::fromLocal8Bit(qgetenv("PRIME_TEST_KEYRING")));
    remove(store, entry);
    return {};
}

// What a leaked secret could look like: the base64 text, the decoded bytes, their
// hex, and the base64 of the text (how libsecret encodes binary entries).
inline QList<QByteArray> leakPatterns(const QByteArray &base64Secret)
{
    const QByteArray raw = QByteArray::fromBase64(base64Secret);
    return {base64Secret, raw, raw.toHex(), raw.toHex().toUpper(), base64Secret.toBase64(),
            base64Secret.left(base64Secret.indexOf('=') > 0 ? base64Secret.indexOf('=') : base64Secret.size())};
}

inline QStringList findIn(const QByteArray &haystack, const QList<QByteArray> &patterns, const QString &where)
{
    QStringList hits;
    for (const QByteArray &p : patterns) {
        if (!p.isEmpty() && haystack.contains(p))
            hits << where + QStringLiteral(" contains ") + QString::fromLatin1(p.toHex().left(16)) + QStringLiteral("...");
    }
    return hits;
}

// Every regular file under `dir` (hidden ones too), read in full.
inline QStringList findInFiles(const QString &dir, const QList<QByteArray> &patterns, int *filesScanned = nullptr)
{
    QStringList hits;
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("unreadable file ") + path;
            continue;
        }
        ++count;
        hits << findIn(f.readAll(), patterns, path);
    }
    if (filesScanned)
        *filesScanned = count;
    return hits;
}

#ifdef PRIMECTL_PATH
struct ChildRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs primectl (PRIMECTL_PATH) without blocking the event loop, so servers in
// this process can answer it. `home` becomes its HOME and XDG directories.
inline ChildRun runPrimectl(const QStringList &args, const QByteArray &stdinData, const QString &home,
                            const QHash<QString, QString> &extraEnv = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("prime.*=true"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(PRIMECTL_PATH), args);
    ChildRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.write(stdinData);
    p.closeWriteChannel();
    run.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.elapsedMs = t.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}
#endif

} // namespace keychaintest
