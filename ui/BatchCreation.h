#pragma once

#include <PrimeError.h>
#include <Settlement.h>

#include <QObject>
#include <QPointer>
#include <QSet>

namespace prime {
class Session;
}

namespace prime::ui {

// Creates one settlement batch: sent once, never retried, recorded in the
// audit log. When the answer is lost it lists the active batches and tells
// whether a new batch of that kind appeared before anyone may try again.
class BatchCreation : public QObject
{
    Q_OBJECT
public:
    BatchCreation(Session *session, QString assetKind, QSet<QString> knownIds, QObject *parent = nullptr);

    void start();
    const QString &assetKind() const { return m_kind; }

signals:
    // `batch`: the created batch, if it exists (also after a lost answer).
    // `error`: what to tell the user (None after a clean success); `what` says
    // what was being done.
    void finished(const std::optional<prime::Batch> &batch, const QString &what, const prime::PrimeError &error);

private:
    void rereadAfterLostAnswer(const PrimeError &error);
    void audit(const QString &batchId, int outcome, const QString &detail);

    QPointer<Session> m_session;
    QString m_kind;
    QSet<QString> m_known;
};

} // namespace prime::ui
