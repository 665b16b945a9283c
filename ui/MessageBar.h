#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace prime::ui {

// The one place where recoverable errors (and notices) appear: a bar at the top
// of the window with plain words, the technical details (Kraken's error strings)
// behind a "Details" toggle, an optional action and a close button.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = {});
    // An extra button (e.g. "Retry"); cleared by the next showMessage().
    void setAction(const QString &label, std::function<void()> action);
    void setClosable(bool closable);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const { return m_details; }

signals:
    void dismissed();

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QString m_details;
    std::function<void()> m_action;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detailsLabel;
    QToolButton *m_detailsButton;
    QPushButton *m_actionButton;
    QToolButton *m_close;
};

} // namespace prime::ui
