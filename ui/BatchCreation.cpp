#include "BatchCreation.h"

#include <AuditLog.h>
#include <Format.h>
#include <PrimeClient.h>
#include <Session.h>

namespace prime::ui {

BatchCreation::BatchCreation(Session *session, QString assetKind, QSet<QString> knownIds, QObject *parent)
    : QObject(parent), m_session(session), m_kind(std::move(assetKind)), m_known(std::move(knownIds))
{
}

void BatchCreation::start()
{
    const QString kind = models::assetKindInText(m_kind);
    if (!m_session) {
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        emit finished(std::nullopt, tr("Creating a %1 batch").arg(kind),
                      PrimeError::make(PrimeError::Category::Cancelled, tr("not connected")));
        return;
    }
    m_session->client()->createBatch(m_kind, this, [this, kind](const Result<Batch> &r) {
        if (r.ok()) {
            audit(r.value->id, int(AuditEntry::Outcome::Succeeded), QString());
            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
            emit finished(*r.value, tr("Creating a %1 batch").arg(kind), PrimeError());
            return;
        }
        audit(QString(), int(r.error.outcomeUnknown ? AuditEntry::Outcome::Unknown : AuditEntry::Outcome::Failed),
              r.error.categoryName() + QLatin1String(": ") + r.error.details());
        if (r.error.outcomeUnknown) {
            rereadAfterLostAnswer(r.error);
            return;
        }
        emit finished(std::nullopt,
                      r.error.category == PrimeError::Category::InvalidArguments
                          ?
                            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                            tr("Creating a %1 batch (Kraken allows one active batch per asset kind, and no batch "
                               "without unsettled trades)").arg(kind)
                          //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                          : tr("Creating a %1 batch").arg(kind),
                      r.error);
    });
}

void BatchCreation::rereadAfterLostAnswer(const PrimeError &error)
{
    const QString kind = models::assetKindInText(m_kind);
    if (!m_session) {
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        emit finished(std::nullopt, tr("Creating a %1 batch (no answer, and the session has closed: refresh after reconnecting)").arg(kind), error);
        return;
    }
    BatchQuery q;
    q.statuses = {QStringLiteral("unsettled"), QStringLiteral("partially_settled"), QStringLiteral("settled")};
    q.limit = 200;
    m_session->client()->listBatches(q, this, [this, kind, error](const Result<BatchPage> &r) {
        if (!r.ok()) {
            emit finished(std::nullopt,
                          //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                          tr("Creating a %1 batch (no answer, and the batches could not be re-read: "
                             "refresh before trying again)").arg(kind),
                          r.error);
            return;
        }
        for (const Batch &b : r.value->batches) {
            const QString bKind = b.assetKind.isEmpty() ? QStringLiteral("currency") : b.assetKind;
            if (!m_known.contains(b.id) && bKind == m_kind) {
                //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                emit finished(b, tr("Creating a %1 batch (no answer, but re-reading shows batch %2 was created: do not create it again)")
                                     .arg(kind, b.id),
                              error);
                return;
            }
        }
        emit finished(std::nullopt,
                      //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                      tr("Creating a %1 batch (no answer; re-reading shows no new batch, so you may try again)")
                          .arg(kind),
                      error);
    });
}

void BatchCreation::audit(const QString &batchId, int outcome, const QString &detail)
{
    if (!m_session || !m_session->auditLog())
        return;
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = m_session->profile().name;
    e.operation = QStringLiteral("CreatePrimeSettlementBatch");
    e.targets = batchId.isEmpty() ? QStringList{m_kind} : QStringList{m_kind, batchId};
    e.outcome = AuditEntry::Outcome(outcome);
    e.detail = detail;
    m_session->auditLog()->append(e);
}

} // namespace prime::ui
