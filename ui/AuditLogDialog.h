#pragma once

#include <QDialog>

class QLabel;

namespace prime {
class AuditLog;
namespace models {
class AuditModel;
}
} // namespace prime

namespace prime::ui {

class RecordTableView;

// Shows the audit log (every mutation the app performed) and exports it as
// JSON lines. New entries appear while the dialog is open.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(AuditLog *log, QWidget *parent = nullptr);

    RecordTableView *view() const { return m_view; }
    void exportTo(const QString &path);

private:
    AuditLog *m_log;
    models::AuditModel *m_model;
    RecordTableView *m_view;
    QLabel *m_note;
};

} // namespace prime::ui
