#pragma once

#include <PrimeError.h>
#include <Session.h>

#include <QWidget>

class QLabel;
class QProgressBar;

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

private:
    void showPending(int count);
    void showState(Session::ConnectionState state);

    QLabel *m_profile;
    QLabel *m_connection;
    QProgressBar *m_busy;
    QLabel *m_requests;
    QLabel *m_lastError;
};

} // namespace prime::ui
