#pragma once

#include <PrimeError.h>
#include <Session.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace prime::ui {

// The status bar's permanent part: the profile in its production/test colour,
// the connection state, the requests in flight (with a busy bar) and the last error.
class SessionStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SessionStatus(QWidget *parent = nullptr);

    void setSession(Session *session);
    void setLastError(const QString &text, const QString &details);

    QString profileText() const;
    QString connectionText() const;
    QString requestsText() const;
    QString lastErrorText() const;
    // "Kraken asked to slow down: resuming in 12 s" while the key's queue is paused.
    QString pauseText() const;
    bool isPauseShown() const;

private:
    void showPending(int count);
    void showState(Session::ConnectionState state);
    void showPause(qint64 untilMs, const PrimeError &reason);
    void updatePause();

    QLabel *m_profile;
    QLabel *m_connection;
    QProgressBar *m_busy;
    QLabel *m_requests;
    QLabel *m_lastError;
    QLabel *m_pause;
    QToolButton *m_resume;
    QTimer *m_pauseTick;
    QPointer<Session> m_session;
    qint64 m_pausedUntilMs = 0;
    QString m_pauseReason;
};

} // namespace prime::ui
