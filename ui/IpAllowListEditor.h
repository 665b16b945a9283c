#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prime::ui {

// Edits the IP allow-list of one key: one address or CIDR range per row,
// validated as typed (IpAllowList rules), duplicates dropped, a live diff
// against the current list, and a warning that an empty list allows any
// address. Save stays disabled while an entry is invalid or nothing changed.
class IpAllowListEditor : public QDialog
{
    Q_OBJECT
public:
    IpAllowListEditor(const QString &keyId, const QStringList &current, QWidget *parent = nullptr);

    // The rows as typed (blank rows included), for tests.
    QStringList rows() const;
    void setRows(const QStringList &rows);
    // The list to save: normalized, without duplicates (valid only when canSave()).
    QStringList entries() const;
    bool canSave() const;
    int invalidCount() const { return m_invalid; }
    QString diffText() const;
    bool isEmptyWarningShown() const;
    QTableWidget *table() const { return m_table; }

    void addRow(const QString &text = {});

signals:
    // Save was pressed; the caller sends the change and closes the dialog.
    void saveRequested(const QStringList &entries);

private:
    void revalidate();

    QString m_keyId;
    QStringList m_current;
    QTableWidget *m_table;
    QLabel *m_diff;
    QLabel *m_empty;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_remove;
    int m_invalid = 0;
    bool m_updating = false;
};

} // namespace prime::ui
