#include "Benches.h"

#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Start
{
    double ms = 0;      // spawn -> the child says its window is painted
    double peakKiB = 0; // the child's own peak RSS (VmHWM), as it reports it
};

// Spawns `program` with `env`, waits for its "first-paint <VmHWM KiB>" line, then
// reaps it. (wait4's ru_maxrss would not do: after a (v)fork + exec it starts
// from the parent's peak.)
Start startOnce(const QByteArray &program, const QList<QByteArray> &env)
{
    int out[2];
    if (pipe(out) != 0)
        qFatal("pipe: %s", std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    QList<char *> envp;
    for (const QByteArray &e : env)
        envp.append(const_cast<char *>(e.constData()));
    envp.append(nullptr);
    char *argv[] = {const_cast<char *>(program.constData()), nullptr};

    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0)
        qFatal("spawning %s: %s", program.constData(), std::strerror(rc));
    QByteArray seen;
    char buf[256];
    double ms = -1;
    for (;;) {
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        seen.append(buf, n);
        if (ms < 0 && seen.startsWith("first-paint ") && seen.contains('\n'))
            ms = t.nsecsElapsed() / 1e6;
    }
    close(out[0]);
    int status = 0;
    const double peak = seen.mid(12, seen.indexOf('\n') - 12).toDouble();
    if (waitpid(pid, &status, 0) != pid || ms < 0 || peak <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s did not report its first paint (status %d): %s", program.constData(), status, seen.constData());
    return {ms, peak};
}

} // namespace

QJsonObject benchStartup(bool quick)
{
    // A throwaway home with one saved profile, the last one used, pointing at a
    // running sandbox: prime-admin opens it at start as it would for a user.
    QTemporaryDir home;
    for (const char *sub : {"config", "data", "cache", "state", "runtime"})
        QDir(home.path()).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    prime::sandbox::SandboxServer sandbox;
    if (!sandbox.start())
        qFatal("sandbox did not start");
    prime::ProfileStore profiles(home.filePath(QStringLiteral("config/PrimeAdmin/profiles.ini")));
    prime::ConnectionProfile profile;
    profile.name = QStringLiteral("Bench sandbox");
    profile.baseUrl = sandbox.url();
    profile.apiKey = sandbox.adminCredentials().apiKey;
    profile.production = false;
    profile.colour = prime::ConnectionProfile::defaultColour(false);
    QString error;
    if (!profiles.save(profile, &error))
        qFatal("saving the bench profile: %s", qPrintable(error));
    profiles.setLastProfileName(profile.name);

    // The key's secret goes to the keychain (a Secret Service on D-Bus) when there
    // is one, so that the app finds it there after its first paint.
    prime::SecretStore secrets;
    bool keychain = false;
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QEventLoop wait;
        secrets.write(profile.secretEntry(), sandbox.adminCredentials().secret, &wait,
                      [&](const prime::SecretStore::Outcome &o) {
                          keychain = o.status == prime::SecretStore::Status::Ok;
                          wait.quit();
                      });
        wait.exec();
    }
    QList<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('='));
        if (!QList<QByteArray>{"QT_QPA_PLATFORM", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                               "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "PRIME_EXIT_AFTER_FIRST_PAINT"}
                 .contains(name))
            env.append(entry);
    }
    const QByteArray h = QFile::encodeName(home.path());
    env << "QT_QPA_PLATFORM=offscreen" << "HOME=" + h << "XDG_CONFIG_HOME=" + h + "/config"
        << "XDG_DATA_HOME=" + h + "/data" << "XDG_CACHE_HOME=" + h + "/cache" << "XDG_STATE_HOME=" + h + "/state"
        << "XDG_RUNTIME_DIR=" + h + "/runtime" << "PRIME_EXIT_AFTER_FIRST_PAINT=1";

    const QByteArray bin = QFile::encodeName(QCoreApplication::applicationDirPath());
    QList<double> peakFloor, peakOurs;
    const BenchResult time = runInterleaved(
        QStringLiteral("startup"), QStringLiteral("ms"), quick ? 5 : 31,
        [&] { const Start s = startOnce(bin + "/prime-bench-bare-window", env); peakFloor << s.peakKiB; return s.ms; },
        [&] { const Start s = startOnce(bin + "/prime-admin", env); peakOurs << s.peakKiB; return s.ms; });
    const BenchResult memory{QStringLiteral("startup_peak_memory"), QStringLiteral("KiB"), median(peakFloor),
                             median(peakOurs)};
    QJsonObject out = time.toJson();
    out.insert(QStringLiteral("peak_memory"), memory.toJson());
    out.insert(QStringLiteral("note"),
               keychain ? QStringLiteral("exec to first painted window, offscreen; saved profile on a local sandbox, "
                                         "its secret in the session's keychain, read after the window shows")
                        : QStringLiteral("exec to first painted window, offscreen; saved profile on a local sandbox; "
                                         "no Secret Service here, so reading the key's secret fails after the window "
                                         "shows, as it would on such a desktop"));
    if (keychain) {
        QEventLoop wait;
        secrets.remove(profile.secretEntry(), &wait, [&](const prime::SecretStore::Outcome &) { wait.quit(); });
        wait.exec();
    }
    return out;
}
