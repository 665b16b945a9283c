#pragma once

#include "SecretBytes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace QKeychain {
class Job;
}

namespace prime {

// The OS keychain (Secret Service / KWallet, Windows Credential Manager, macOS
// Keychain) over QtKeychain. Every call is asynchronous and bounded by a timeout;
// there is never a plain-text fallback: without a usable keychain the store says
// so and stores nothing. One secret per entry; entries are named so that two
// servers or two kinds of secret can never share one.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        AccessDenied,
        Cancelled,
        BackendUnavailable,
        TooLarge,
        VerificationFailed,
        Timeout,
        Error
    };
    Q_ENUM(Status)

    struct Outcome
    {
        Status status = Status::Ok;
        QString message; // plain words for users; never contains secret bytes
        bool ok() const { return status == Status::Ok; }
    };

    // The strictest backend: Windows Credential Manager (CRED_MAX_CREDENTIAL_BLOB_SIZE).
    static constexpr qsizetype kMaxSecretBytes = 2560;
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit SecretStore(QString service = QStringLiteral("PrimeAdmin"), QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // "<normalized base URL> <account>": the URL is fully encoded (it never holds a
    // space), so the first space separates the two parts unambiguously.
    static QString entryName(const QUrl &baseUrl, const QString &account);
    // scheme://host[:non-default port][/path] without user info, query, fragment or trailing slash.
    static QString normalizedBaseUrl(const QUrl &baseUrl);

    // Writes, then reads back and compares before reporting Ok. Callbacks run on
    // this object's thread, never synchronously inside the call, and are skipped
    // when `context` (if given) or this store was destroyed meanwhile.
    // QtKeychain runs one job at a time per process: a job that timed out (say, a
    // keychain waiting at its unlock prompt) still holds the queue until it ends,
    // so the calls behind it may time out too. Each call reports its own Timeout.
    void write(const QString &entry, const SecretBytes &secret, QObject *context,
               std::function<void(const Outcome &)> done);
    void read(const QString &entry, QObject *context,
              std::function<void(const Outcome &, const SecretBytes &)> done);
    // Deletes, then checks that the entry is gone. Deleting a missing entry is Ok.
    void remove(const QString &entry, QObject *context, std::function<void(const Outcome &)> done);

    // Whether a keychain answers, found out with a real read of an entry that does
    // not exist (QtKeychain has no availability call): Ok, or why not. For the
    // welcome page and the profile dialog, before the user types a secret.
    void probe(QObject *context, std::function<void(const Outcome &)> done);

    static QString statusName(Status status); // stable, for scripts ("backend_unavailable", ...)
    static QString noKeychainMessage(const QString &detail);

private:
    struct Pending;
    using JobDone = std::function<void(QKeychain::Job *job)>;
    void run(QKeychain::Job *job, JobDone finished, std::function<void()> timedOut);
    void classify(QKeychain::Job *job, std::function<void(const Outcome &)> done);
    void readRaw(const QString &entry, std::function<void(const Outcome &, const SecretBytes &)> done);
    void deliverLater(QObject *context, std::function<void()> call);

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace prime
