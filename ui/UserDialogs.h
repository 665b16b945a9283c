#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prime::ui {

// The small dialogs that change an API user: create (name and role), rename,
// change role, enable or disable. Each spells out what the change means (the
// difference between the roles, that a disabled user's keys stop working) and
// emits its request; the pane sends it and closes the dialog on success.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Rename, ChangeRole, Disable, Enable };
    Q_ENUM(Mode)

    UserDialog(Mode mode, const QString &userName = {}, const QString &currentRole = {},
               QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString name() const;
    QString role() const;
    bool canSubmit() const;
    // Shows progress (the button stays disabled while the request is in flight) or an error.
    void setBusy(bool busy);
    void showError(const QString &text);

    static QString roleExplanation(const QString &role);

signals:
    void submitted();

private:
    void update();

    Mode m_mode;
    QString m_originalName;
    QString m_originalRole;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleHelp = nullptr;
    QLabel *m_status;
    QPushButton *m_submit;
    bool m_busy = false;
};

} // namespace prime::ui
