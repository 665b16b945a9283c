#include "SecretStore.h"

#include "KeychainProbe.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "prime.core.secrets")

namespace prime {

namespace {
using Outcome = SecretStore::Outcome;
using Status = SecretStore::Status;

// QtKeychain keeps its own reference to the bytes we hand it or it hands us; the
// buffer can only be wiped once the job (and with it that reference) is gone.
void wipeWhenJobIsGone(QKeychain::Job *job, QByteArray bytes)
{
    auto holder = std::make_shared<QByteArray>(std::move(bytes));
    QObject::connect(job, &QObject::destroyed, [holder] { wipe(*holder); });
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::normalizedBaseUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    const QString scheme = url.scheme();
    const int defaultPort = scheme == QLatin1String("https") ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    if (url.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

QString SecretStore::entryName(const QUrl &baseUrl, const QString &account)
{
    return normalizedBaseUrl(baseUrl) + QLatin1Char(' ') + account;
}

QString SecretStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::NotFound: return QStringLiteral("not_found");
    case Status::AccessDenied: return QStringLiteral("access_denied");
    case Status::Cancelled: return QStringLiteral("cancelled");
    case Status::BackendUnavailable: return QStringLiteral("backend_unavailable");
    case Status::TooLarge: return QStringLiteral("too_large");
    case Status::VerificationFailed: return QStringLiteral("verification_failed");
    case Status::Timeout: return QStringLiteral("timeout");
    case Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString SecretStore::noKeychainMessage(const QString &detail)
{
    return tr("No keychain is available (%1): start the Secret Service (e.g. gnome-keyring) or "
              "KWallet in your desktop session, or unlock it, and try again. Prime Admin never "
              "stores secrets in a file, so nothing was stored.")
        .arg(detail);
}

void SecretStore::deliverLater(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context ? context : this, std::move(call));
}

void SecretStore::run(QKeychain::Job *job, JobDone finished, std::function<void()> timedOut)
{
    // Never a plain-text file, whatever the platform offers.
    job->setInsecureFallback(false);
    // The job has no parent and deletes itself when it finishes: libsecret keeps a
    // raw pointer to it until its callback ran, so deleting it early would crash.
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, this, [settled, timer, finished](QKeychain::Job *j) {
        if (*settled)
            return; // it answered after we gave up: nobody waits for it any more
        *settled = true;
        timer->stop();
        timer->deleteLater();
        finished(j);
    });
    connect(timer, &QTimer::timeout, this, [settled, timer, timedOut] {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        timedOut();
    });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::classify(QKeychain::Job *job, std::function<void(const Outcome &)> done)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        done({Status::Ok, {}});
        return;
    case QKeychain::EntryNotFound:
        done({Status::NotFound, tr("The keychain holds no secret under this name.")});
        return;
    case QKeychain::AccessDeniedByUser:
        done({Status::Cancelled, tr("Access to the keychain was cancelled.")});
        return;
    case QKeychain::AccessDenied:
        done({Status::AccessDenied,
              tr("The keychain refused access (is it locked?): %1").arg(detail)});
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        done({Status::BackendUnavailable, noKeychainMessage(detail)});
        return;
    case QKeychain::CouldNotDeleteEntry:
        done({Status::Error, tr("The keychain could not delete the entry: %1").arg(detail)});
        return;
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports "no D-Bus" and "no Secret Service" as generic errors: ask the bus.
    probeKeychainBackend(this, qMax(m_timeoutMs, 1000), [detail, done](const KeychainProbeResult &probe) {
        if (!probe.backendPresent)
            done({Status::BackendUnavailable, noKeychainMessage(probe.detail)});
        else
            done({Status::Error, tr("The keychain reported an error: %1").arg(detail)});
    });
}

void SecretStore::readRaw(const QString &entry,
                          std::function<void(const Outcome &, const SecretBytes &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entry);
    run(
        job,
        [this, done](QKeychain::Job *j) {
            SecretBytes secret;
            if (j->error() == QKeychain::NoError) {
                QByteArray raw = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
                secret = SecretBytes(QByteArrayView(raw));
                wipeWhenJobIsGone(j, std::move(raw));
            }
            classify(j, [done, secret](const Outcome &o) { done(o, o.ok() ? secret : SecretBytes()); });
        },
        [this, done] {
            done({Status::Timeout,
                  tr("The keychain did not answer within %1 s (is it locked and waiting for its "
                     "password?).")
                      .arg(m_timeoutMs / 1000.0)},
                 {});
        });
}

void SecretStore::write(const QString &entry, const SecretBytes &secret, QObject *context,
                        std::function<void(const Outcome &)> done)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    auto finish = [ctx, hasContext, done, entry](const Outcome &o) {
        qCDebug(lcSecrets) << "write" << entry << statusName(o.status);
        if (!hasContext || ctx)
            done(o);
    };
    if (entry.isEmpty() || secret.isEmpty()) {
        deliverLater(context, [finish] {
            finish({Status::Error, tr("Nothing to store: the entry name or the secret is empty.")});
        });
        return;
    }
    if (secret.size() > kMaxSecretBytes) {
        deliverLater(context, [finish, size = secret.size()] {
            finish({Status::TooLarge, tr("The secret is %1 bytes long; keychains accept at most %2 "
                                         "bytes per entry.")
                                          .arg(size)
                                          .arg(kMaxSecretBytes)});
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entry);
    QByteArray buffer(secret.constData(), secret.size());
    job->setBinaryData(buffer);
    wipeWhenJobIsGone(job, std::move(buffer));
    run(
        job,
        [this, entry, expected = secret, finish](QKeychain::Job *j) {
            classify(j, [this, entry, expected, finish](const Outcome &written) {
                if (!written.ok()) {
                    finish(written);
                    return;
                }
                readRaw(entry, [expected, finish](const Outcome &r, const SecretBytes &actual) {
                    if (r.status == Status::NotFound)
                        finish({Status::VerificationFailed,
                                tr("The keychain accepted the secret but does not return it.")});
                    else if (!r.ok())
                        finish({r.status, tr("The secret was written but could not be read back "
                                             "to verify it: %1")
                                              .arg(r.message)});
                    else if (!(actual == expected))
                        finish({Status::VerificationFailed,
                                tr("The keychain returned different bytes than were written "
                                   "(did another program change the entry?).")});
                    else
                        finish({Status::Ok, {}});
                });
            });
        },
        [this, finish] {
            finish({Status::Timeout,
                    tr("The keychain did not answer within %1 s; the secret may or may not have "
                       "been stored (is the keychain locked and waiting for its password?).")
                        .arg(m_timeoutMs / 1000.0)});
        });
}

void SecretStore::read(const QString &entry, QObject *context,
                       std::function<void(const Outcome &, const SecretBytes &)> done)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    auto finish = [ctx, hasContext, done, entry](const Outcome &o, const SecretBytes &secret) {
        qCDebug(lcSecrets) << "read" << entry << statusName(o.status);
        if (!hasContext || ctx)
            done(o, secret);
    };
    if (entry.isEmpty()) {
        deliverLater(context, [finish] {
            finish({Status::Error, tr("No keychain entry name was given.")}, {});
        });
        return;
    }
    readRaw(entry, finish);
}

void SecretStore::remove(const QString &entry, QObject *context,
                         std::function<void(const Outcome &)> done)
{
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    auto finish = [ctx, hasContext, done, entry](const Outcome &o) {
        qCDebug(lcSecrets) << "remove" << entry << statusName(o.status);
        if (!hasContext || ctx)
            done(o);
    };
    if (entry.isEmpty()) {
        deliverLater(context, [finish] {
            finish({Status::Error, tr("No keychain entry name was given.")});
        });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entry);
    run(
        job,
        [this, entry, finish](QKeychain::Job *j) {
            classify(j, [this, entry, finish](const Outcome &deleted) {
                if (!deleted.ok() && deleted.status != Status::NotFound) {
                    finish(deleted);
                    return;
                }
                readRaw(entry, [finish](const Outcome &r, const SecretBytes &) {
                    if (r.status == Status::NotFound)
                        finish({Status::Ok, {}});
                    else if (r.ok())
                        finish({Status::VerificationFailed,
                                tr("The keychain still holds the secret after deleting it.")});
                    else
                        finish({r.status, tr("The secret was deleted but the keychain could not "
                                             "confirm it is gone: %1")
                                              .arg(r.message)});
                });
            });
        },
        [this, finish] {
            finish({Status::Timeout,
                    tr("The keychain did not answer within %1 s; the secret may or may not have "
                       "been deleted.")
                        .arg(m_timeoutMs / 1000.0)});
        });
}

void SecretStore::probe(QObject *context, std::function<void(const Outcome &)> done)
{
    const QString entry = QStringLiteral("availability-probe (never written)");
    read(entry, context, [done](const Outcome &o, const SecretBytes &) {
        done(o.status == Status::NotFound ? Outcome{Status::Ok, {}} : o);
    });
}

} // namespace prime
