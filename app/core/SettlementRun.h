#pragma once

#include "PrimeError.h"
#include "Settlement.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace prime {

class AuditLog;
class PrimeClient;

// Settles legs of one batch one after the other (a single leg is a run of one).
// Each settle is sent once and never retried. The run stops at the first leg
// that did not clearly start. When an answer is lost (timeout, dropped
// connection) it re-reads the batch and reports whether the leg's transfer
// exists: if it does the leg counts as started and the run goes on; if it does
// not, the run stops and the leg may be tried again by the user; if the re-read
// fails too the outcome stays unknown. Every settle attempt goes to the audit log.
class SettlementRun : public QObject
{
    Q_OBJECT
public:
    enum class LegState { Waiting, InFlight, Started, Failed, Unknown, NotAttempted };
    Q_ENUM(LegState)
    enum class Outcome { Running, Completed, Failed, OutcomeUnknown, Stopped };
    Q_ENUM(Outcome)

    struct LegResult
    {
        QString asset;
        LegState state = LegState::Waiting;
        Transfer transfer;      // from the answer, or from the re-read batch
        PrimeError error;       // the settle's error, if any
        bool ambiguous = false; // the settle's answer was lost
        std::optional<bool> transferExists; // after an ambiguous answer, from the re-read
    };

    SettlementRun(PrimeClient *client, QString batchId, QStringList assets, QObject *parent = nullptr);

    // Records every settle attempt in `log` under `profile` (optional).
    void setAuditLog(AuditLog *log, const QString &profile);

    // The legs a "settle all" would send: the batch is confirmed and the leg can_settle.
    static QStringList eligibleAssets(const Batch &batch);

    void start();
    // Sends no further leg; the one in flight still reports.
    void stop();

    const QString &batchId() const { return m_batchId; }
    Outcome outcome() const { return m_outcome; }
    const QList<LegResult> &legs() const { return m_legs; }
    int currentIndex() const { return m_index; }
    // The batch as re-read after an ambiguous answer.
    const std::optional<Batch> &rereadBatch() const { return m_reread; }
    // Plain words: what started, what failed and why, what was not attempted.
    QString summary() const;

signals:
    void legStarted(int index, const QString &asset);
    void legFinished(int index, const prime::SettlementRun::LegResult &result);
    void batchReread(const prime::Batch &batch);
    void finished(prime::SettlementRun::Outcome outcome);

private:
    void next();
    void settleAnswered(const Transfer &transfer);
    void settleFailed(const PrimeError &error);
    void rereadAfterAmbiguous();
    void finishLeg(LegState state);
    void finish(Outcome outcome);
    void audit(int outcome, const QString &detail);

    QPointer<PrimeClient> m_client;
    QString m_batchId;
    QList<LegResult> m_legs;
    int m_index = -1;
    Outcome m_outcome = Outcome::Running;
    bool m_stopRequested = false;
    bool m_started = false;
    std::optional<Batch> m_reread;
    QPointer<AuditLog> m_audit;
    QString m_profile;
};

} // namespace prime

Q_DECLARE_METATYPE(prime::SettlementRun::LegResult)
