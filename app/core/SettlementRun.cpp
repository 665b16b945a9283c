#include "SettlementRun.h"

#include "AuditLog.h"
#include "PrimeClient.h"

#include <QLoggingCategory>

namespace prime {

Q_LOGGING_CATEGORY(lcSettle, "prime.settlement")

namespace {
const QString kOperation = QStringLiteral("SettlePrimeSettlementBatchAsset");
}

SettlementRun::SettlementRun(PrimeClient *client, QString batchId, QStringList assets, QObject *parent)
    : QObject(parent), m_client(client), m_batchId(std::move(batchId))
{
    for (const QString &asset : assets) {
        LegResult leg;
        leg.asset = asset;
        m_legs.append(leg);
    }
}

void SettlementRun::setAuditLog(AuditLog *log, const QString &profile)
{
    m_audit = log;
    m_profile = profile;
}

QStringList SettlementRun::eligibleAssets(const Batch &batch)
{
    QStringList assets;
    if (!batch.confirmed)
        return assets;
    for (const Leg &leg : batch.legs) {
        if (leg.canSettle && !leg.isSettled())
            assets.append(leg.asset);
    }
    return assets;
}

void SettlementRun::start()
{
    if (m_started)
        return;
    m_started = true;
    next();
}

void SettlementRun::stop()
{
    m_stopRequested = true;
    if (m_outcome == Outcome::Running && (m_index < 0 || m_legs.at(m_index).state != LegState::InFlight))
        finish(Outcome::Stopped);
}

void SettlementRun::next()
{
    if (m_outcome != Outcome::Running)
        return;
    if (m_stopRequested) {
        finish(Outcome::Stopped);
        return;
    }
    ++m_index;
    if (m_index >= m_legs.size()) {
        finish(Outcome::Completed);
        return;
    }
    if (!m_client) {
        m_legs[m_index].error = PrimeError::make(PrimeError::Category::Cancelled, QStringLiteral("no session"));
        finishLeg(LegState::Failed);
        finish(Outcome::Failed);
        return;
    }
    LegResult &leg = m_legs[m_index];
    leg.state = LegState::InFlight;
    emit legStarted(m_index, leg.asset);
    qCInfo(lcSettle) << "settling" << m_batchId << leg.asset;
    m_client->settleLeg(m_batchId, leg.asset, this, [this](const Result<Transfer> &r) {
        if (r.ok())
            settleAnswered(*r.value);
        else
            settleFailed(r.error);
    });
}

void SettlementRun::settleAnswered(const Transfer &transfer)
{
    LegResult &leg = m_legs[m_index];
    leg.transfer = transfer;
    audit(int(AuditEntry::Outcome::Succeeded), tr("transfer %1 %2").arg(transfer.id, transfer.status));
    finishLeg(LegState::Started);
    next();
}

void SettlementRun::settleFailed(const PrimeError &error)
{
    LegResult &leg = m_legs[m_index];
    leg.error = error;
    if (!error.outcomeUnknown) {
        audit(int(AuditEntry::Outcome::Failed), error.categoryName() + QLatin1String(": ") + error.details());
        finishLeg(LegState::Failed);
        finish(Outcome::Failed);
        return;
    }
    leg.ambiguous = true;
    audit(int(AuditEntry::Outcome::Unknown), error.categoryName() + QLatin1String(": ") + error.details());
    rereadAfterAmbiguous();
}

void SettlementRun::rereadAfterAmbiguous()
{
    const QString asset = m_legs.at(m_index).asset;
    if (!m_client) {
        finishLeg(LegState::Unknown);
        finish(Outcome::OutcomeUnknown);
        return;
    }
    qCInfo(lcSettle) << "no clear answer for" << m_batchId << asset << "- re-reading the batch";
    m_client->getBatch(m_batchId, this, [this, asset](const Result<Batch> &r) {
        LegResult &leg = m_legs[m_index];
        if (!r.ok()) {
            finishLeg(LegState::Unknown);
            finish(Outcome::OutcomeUnknown);
            return;
        }
        m_reread = *r.value;
        emit batchReread(*m_reread);
        const auto it = std::find_if(m_reread->legs.cbegin(), m_reread->legs.cend(),
                                     [&asset](const Leg &l) { return l.asset == asset; });
        const bool exists = it != m_reread->legs.cend() && (!it->latestTransfer.isEmpty() || it->isSettled());
        leg.transferExists = exists;
        if (exists) {
            leg.transfer = it->latestTransfer;
            finishLeg(LegState::Started);
            next();
        } else {
            finishLeg(LegState::Failed);
            finish(Outcome::Failed);
        }
    });
}

void SettlementRun::finishLeg(LegState state)
{
    m_legs[m_index].state = state;
    emit legFinished(m_index, m_legs.at(m_index));
}

void SettlementRun::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    for (LegResult &leg : m_legs) {
        if (leg.state == LegState::Waiting)
            leg.state = LegState::NotAttempted;
    }
    m_outcome = outcome;
    qCInfo(lcSettle) << "settlement run of" << m_batchId << "finished:" << outcome;
    emit finished(outcome);
}

void SettlementRun::audit(int outcome, const QString &detail)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = m_profile;
    e.operation = kOperation;
    e.targets = {m_batchId, m_legs.at(m_index).asset};
    e.outcome = AuditEntry::Outcome(outcome);
    e.detail = detail;
    QString error;
    if (!m_audit->append(e, &error))
        qCWarning(lcSettle) << "audit log not written:" << error;
}

QString SettlementRun::summary() const
{
    QStringList started, notAttempted;
    QString problem;
    for (const LegResult &leg : m_legs) {
        switch (leg.state) {
        case LegState::Started:
            if (leg.ambiguous)
                //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                started.append(tr("%1 (the answer was lost; re-reading the batch shows transfer %2)")
                                   .arg(leg.asset, leg.transfer.id.isEmpty() ?
                                                       //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                                                       tr("settled")
                                                                             : leg.transfer.id));
            else
                started.append(leg.transfer.id.isEmpty() ? leg.asset
                                                         : tr("%1 (transfer %2)").arg(leg.asset, leg.transfer.id));
            break;
        case LegState::NotAttempted:
        case LegState::Waiting:
            notAttempted.append(leg.asset);
            break;
        case LegState::Failed:
            problem = leg.ambiguous
                          ?
                            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                            tr("The answer for %1 was lost (%2). The batch was re-read: no transfer exists for "
                               "%1, so it was not settled and you may try again.")
                                .arg(leg.asset, leg.error.message())
                          //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                          : tr("Settling %1 failed: %2").arg(leg.asset, leg.error.message());
            break;
        case LegState::Unknown:
            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
            problem = tr("The answer for %1 was lost and the batch could not be re-read: it is not known "
                         "whether its transfer started. Refresh the batch before trying again.")
                          .arg(leg.asset);
            break;
        case LegState::InFlight:
            //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            problem = tr("%1 is still being settled.").arg(leg.asset);
            break;
        }
    }
    QStringList parts;
    if (!started.isEmpty())
        parts << tr("Started: %1.").arg(started.join(QStringLiteral(", ")));
    if (!problem.isEmpty())
        parts << problem;
    if (!notAttempted.isEmpty())
        parts << tr("Not attempted: %1.").arg(notAttempted.join(QStringLiteral(", ")));
    if (m_outcome == Outcome::Stopped)
        parts << tr("Stopped on request.");
    if (parts.isEmpty())
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        parts << tr("Nothing to settle.");
    return parts.join(QLatin1Char(' '));
}

} // namespace prime
