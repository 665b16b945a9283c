#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

namespace prime::models {

// The proxy behind every table: sorts by SortRole, and keeps rows where every
// word of the filter text occurs in some column (case-insensitive), and, when
// set, where `role` of column 0 equals a required value (e.g. the keys of one user).
class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setRequiredValue(int role, const QVariant &value); // invalid value: no requirement

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_requiredRole = -1;
    QVariant m_requiredValue;
};

} // namespace prime::models
