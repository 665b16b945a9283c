#include "RecordTableView.h"

#include <Format.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace prime::ui {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent),
      m_copyRows(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy rows"), this)),
      m_copyCell(new QAction(tr("Copy &cell"), this))
{
    setSortingEnabled(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setMinimumSectionSize(60);
    horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);

    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyRows, &QAction::triggered, this, &RecordTableView::copySelection);
    addAction(m_copyRows);
    connect(m_copyCell, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(currentCellText()); });
}

void RecordTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void RecordTableView::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

QString RecordTableView::selectedRowsText() const
{
    if (!model() || !selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = horizontalHeader();
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            // The tooltip holds the full value where the cell is shortened.
            const QModelIndex cell = model()->index(row.row(), column);
            QString text = cell.data(Qt::ToolTipRole).toString();
            if (text.isEmpty())
                text = cell.data(Qt::DisplayRole).toString();
            cells.append(text.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RecordTableView::currentCellText() const
{
    const QModelIndex cell = currentIndex();
    if (!cell.isValid())
        return {};
    const QString full = cell.data(Qt::ToolTipRole).toString();
    return full.isEmpty() ? cell.data(Qt::DisplayRole).toString() : full;
}

void RecordTableView::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void RecordTableView::fitTimeColumn(int column)
{
    // A late-evening date with two-digit day and month is the longest a locale writes.
    const qint64 sampleMs = QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)).toMSecsSinceEpoch();
    horizontalHeader()->resizeSection(column, fontMetrics().horizontalAdvance(models::formatTime(sampleMs)) + 16);
}

QByteArray RecordTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

void RecordTableView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void RecordTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter p(viewport());
    QColor colour = palette().color(QPalette::PlaceholderText);
    p.setPen(colour);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    p.setFont(f);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    // Shift+F10 opens the context menu as the Menu key does (the platform may not map it).
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        const QRect cell = visualRect(currentIndex());
        const QPoint pos = cell.isValid() ? cell.center() : viewport()->rect().center();
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, pos, viewport()->mapToGlobal(pos));
        contextMenuEvent(&menuEvent);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTableView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard the menu is about the current row, shown at its cell.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex cell = keyboard ? currentIndex() : indexAt(viewport()->mapFromGlobal(event->globalPos()));
    const QPoint at = keyboard && cell.isValid() ? viewport()->mapToGlobal(visualRect(cell).center())
                                                 : event->globalPos();
    if (cell.isValid() && !selectionModel()->isRowSelected(cell.row(), cell.parent()))
        selectRow(cell.row());
    const bool hasRow = cell.isValid();
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *a : std::as_const(m_contextActions))
        menu->addAction(a);
    if (!m_contextActions.isEmpty())
        menu->addSeparator();
    m_copyRows->setEnabled(hasRow);
    m_copyCell->setEnabled(hasRow);
    menu->addAction(m_copyCell);
    menu->addAction(m_copyRows);
    menu->setObjectName(QStringLiteral("recordContextMenu"));
    menu->popup(at);
}

} // namespace prime::ui
