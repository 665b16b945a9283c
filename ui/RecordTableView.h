// prime_ui: the main window, panes, dialogs and widgets of prime-admin.
#pragma once

#include <QTableView>

class QMenu;

namespace prime::ui {

// The table every pane uses: sortable, row selection, Ctrl+C copies the
// selected rows as tab-separated text, a context menu with copy actions plus
// the pane's own, a placeholder text when there are no rows, and a header
// state that can be saved and restored.
class RecordTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Shown centred when the model has no rows (empty list, loading, no match).
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Actions the pane adds to the context menu, above the copy actions.
    void addContextAction(QAction *action);

    // Tab-separated text of the selected rows (visible columns, view order).
    QString selectedRowsText() const;
    QString currentCellText() const;
    void copySelection();

    // Widens `column` to show a time in the locale's format whole ("12/28/2026
    // 10:58:58 PM", "28.12.2026 22:58:58"): the width follows the language.
    void fitTimeColumn(int column);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_placeholder;
    QList<QAction *> m_contextActions;
    QAction *m_copyRows;
    QAction *m_copyCell;
};

} // namespace prime::ui
