#include "RecordFilterModel.h"

#include "RecordTableModel.h"

namespace prime::models {

RecordFilterModel::RecordFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RecordFilterModel::setRequiredValue(int role, const QVariant &value)
{
    m_requiredRole = value.isValid() ? role : -1;
    m_requiredValue = value;
    invalidateRowsFilter();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_requiredRole >= 0
        && source->index(sourceRow, 0, sourceParent).data(m_requiredRole) != m_requiredValue)
        return false;
    const int columns = source->columnCount(sourceParent);
    for (const QString &word : m_words) {
        bool found = false;
        for (int c = 0; c < columns && !found; ++c) {
            found = source->index(sourceRow, c, sourceParent)
                        .data(Qt::DisplayRole)
                        .toString()
                        .contains(word, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace prime::models
