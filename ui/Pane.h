#pragma once

#include <PrimeError.h>

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QSettings;

namespace prime {
class Session;
}

namespace prime::ui {

// A main view of the window (Users, Keys, Settlement). The window drives it
// through this interface: the session to use, Refresh, Cancel, the filter
// text; the pane reports busy state and failures, and never shows a dialog for
// a recoverable error: it emits failed() and the window shows the message bar.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Stable name for settings and screenshots ("users", "keys", "settlement").
    virtual QString key() const = 0;

    // nullptr when the session closes; the pane clears its data then.
    virtual void setSession(Session *session) = 0;
    virtual void refresh() = 0;
    // Cancels the pane's reads in flight.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;
    virtual void setFilterText(const QString &text) = 0;
    // Rows shown after filtering; for tests and the status bar.
    virtual int visibleRowCount() const = 0;

    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(const QSettings &settings) = 0;

signals:
    void busyChanged(bool busy);
    // `what` says what was being done, in words ("Loading API users").
    void failed(const QString &what, const prime::PrimeError &error);
};

} // namespace prime::ui
