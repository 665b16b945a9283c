#include "SessionStatus.h"

#include <PrimeClient.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace prime::ui {

SessionStatus::SessionStatus(QWidget *parent)
    : QWidget(parent),
      m_profile(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_requests(new QLabel(this)),
      m_lastError(new QLabel(this)),
      m_pause(new QLabel(this)),
      m_resume(new QToolButton(this)),
      m_pauseTick(new QTimer(this))
{
    m_pause->setObjectName(QStringLiteral("statusPause"));
    m_pause->setStyleSheet(QStringLiteral("color: #b45309; font-weight: bold;"));
    m_pause->setVisible(false);
    m_resume->setObjectName(QStringLiteral("statusResume"));
    m_resume->setText(tr("Resume now"));
    m_resume->setToolTip(tr("Send the waiting requests now instead of waiting for the pause to end"));
    m_resume->setAccessibleName(tr("Resume requests now"));
    m_resume->setAutoRaise(true);
    m_resume->setVisible(false);
    m_pauseTick->setInterval(1000);
    connect(m_pauseTick, &QTimer::timeout, this, &SessionStatus::updatePause);
    connect(m_resume, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->client()->transport()->resume();
    });
    m_profile->setObjectName(QStringLiteral("statusProfile"));
    // The profile's colour is repeated in words ("production"/"test") in the label itself.
    // Descriptions, not names: a label's name is its text, which is what matters.
    m_profile->setAccessibleDescription(tr("Connection profile"));
    m_connection->setAccessibleDescription(tr("Connection state"));
    m_busy->setAccessibleName(tr("Requests in flight"));
    m_resume->setAccessibleDescription(
        tr("Sends the waiting requests now instead of waiting for the pause to end"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_requests->setObjectName(QStringLiteral("statusRequests"));
    m_lastError->setObjectName(QStringLiteral("statusLastError"));
    m_busy->setRange(0, 0); // indeterminate: a call is running
    m_busy->setMaximumSize(90, 14);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_lastError->setMaximumWidth(420);
    m_lastError->setTextFormat(Qt::PlainText);
    m_profile->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(14);
    layout->addWidget(m_lastError, 1);
    layout->addWidget(m_pause);
    layout->addWidget(m_resume);
    layout->addWidget(m_busy);
    layout->addWidget(m_requests);
    layout->addWidget(m_connection);
    layout->addWidget(m_profile);
    setSession(nullptr);
}

void SessionStatus::setSession(Session *session)
{
    setLastError({}, {});
    if (m_session)
        m_session->client()->transport()->disconnect(this);
    m_session = session;
    m_pausedUntilMs = 0;
    updatePause();
    if (!session) {
        m_profile->setText(tr("No profile"));
        m_profile->setStyleSheet({});
        m_connection->setText(tr("Not connected"));
        showPending(0);
        return;
    }
    const SessionProfile &p = session->profile();
    m_profile->setText(p.production ? tr("%1 · production").arg(p.name) : tr("%1 · test").arg(p.name));
    m_profile->setToolTip(p.baseUrl.toDisplayString());
    m_profile->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                            "padding: 1px 8px; font-weight: bold; }")
                                 .arg(p.effectiveColour()));
    connect(session, &Session::pendingCountChanged, this, &SessionStatus::showPending);
    connect(session, &Session::connectionStateChanged, this, &SessionStatus::showState);
    PrimeTransport *transport = session->client()->transport();
    connect(transport, &PrimeTransport::paused, this, &SessionStatus::showPause);
    connect(transport, &PrimeTransport::resumed, this, [this] {
        m_pausedUntilMs = 0;
        updatePause();
    });
    showPending(session->pendingCount());
    showState(session->connectionState());
}

void SessionStatus::showPending(int count)
{
    m_busy->setVisible(count > 0);
    m_requests->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : tr("Idle"));
}

void SessionStatus::showState(Session::ConnectionState state)
{
    switch (state) {
    case Session::ConnectionState::Unknown:
        m_connection->setText(tr("● Connecting"));
        m_connection->setStyleSheet(QStringLiteral("color: #a16207;"));
        break;
    case Session::ConnectionState::Connected:
        m_connection->setText(tr("● Connected"));
        m_connection->setStyleSheet(QStringLiteral("color: #16a34a;"));
        break;
    case Session::ConnectionState::Lost:
        m_connection->setText(tr("● Connection lost"));
        m_connection->setStyleSheet(QStringLiteral("color: #dc2626;"));
        break;
    }
}

void SessionStatus::setLastError(const QString &text, const QString &details)
{
    const QString elided = m_lastError->fontMetrics().elidedText(text, Qt::ElideRight, 400);
    m_lastError->setText(text.isEmpty() ? QString() : tr("Last error: %1").arg(elided));
    m_lastError->setToolTip(details.isEmpty() ? text : text + QLatin1Char('\n') + details);
}

void SessionStatus::showPause(qint64 untilMs, const PrimeError &reason)
{
    m_pausedUntilMs = untilMs;
    m_pauseReason = reason.category == PrimeError::Category::Lockout
                        ? tr("Kraken locked this key out after failed calls")
                        : tr("Kraken asked to slow down");
    m_pause->setToolTip(reason.message() + QLatin1Char('\n') + reason.details());
    updatePause();
}

void SessionStatus::updatePause()
{
    const qint64 leftMs = m_pausedUntilMs - QDateTime::currentMSecsSinceEpoch();
    const bool shown = m_pausedUntilMs != 0 && leftMs > 0;
    m_pause->setVisible(shown);
    m_resume->setVisible(shown);
    if (!shown) {
        m_pauseTick->stop();
        return;
    }
    const qint64 secs = (leftMs + 999) / 1000;
    m_pause->setText(secs >= 120 ? tr("%1: resuming in %2 min").arg(m_pauseReason).arg((secs + 59) / 60)
                                 : tr("%1: resuming in %2 s").arg(m_pauseReason).arg(secs));
    if (!m_pauseTick->isActive())
        m_pauseTick->start();
}

QString SessionStatus::pauseText() const
{
    return m_pause->text();
}

bool SessionStatus::isPauseShown() const
{
    return !m_pause->isHidden();
}

QString SessionStatus::profileText() const
{
    return m_profile->text();
}

QString SessionStatus::connectionText() const
{
    return m_connection->text();
}

QString SessionStatus::requestsText() const
{
    return m_requests->text();
}

QString SessionStatus::lastErrorText() const
{
    return m_lastError->text();
}

} // namespace prime::ui
