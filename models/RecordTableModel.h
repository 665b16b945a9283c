// prime_models: item models and proxies over prime_core records. No network, no widgets.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace prime::models {

// Roles every record model answers besides the display ones.
enum Role {
    SortRole = Qt::UserRole + 1, // numbers as numbers, times as ms
    IdRole,                      // the record's stable key
};

// A table of records of type T identified by a key. setRecords() applies a new
// list with fine-grained signals: rows that vanished are removed, changed rows
// emit dataChanged, new rows are inserted at the end. So selections and scroll
// positions survive a refresh; resetRecords() is the full reload.
template<typename T>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

    const QList<T> &records() const { return m_records; }
    const T &record(int row) const { return m_records.at(row); }
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }

    void resetRecords(const QList<T> &records)
    {
        beginResetModel();
        m_records = records;
        reindex();
        endResetModel();
    }

    void setRecords(const QList<T> &records)
    {
        QHash<QString, int> incoming;
        for (int i = 0; i < records.size(); ++i)
            incoming.insert(keyOf(records.at(i)), i);
        for (int row = int(m_records.size()) - 1; row >= 0; --row) {
            if (!incoming.contains(keyOf(m_records.at(row))))
                removeRecordAt(row);
        }
        for (const T &r : records)
            upsert(r);
    }

    // Inserts or updates one record; returns its row.
    int upsert(const T &r)
    {
        const QString key = keyOf(r);
        int row = m_rows.value(key, -1);
        if (row < 0) {
            row = int(m_records.size());
            beginInsertRows({}, row, row);
            m_records.append(r);
            m_rows.insert(key, row);
            endInsertRows();
        } else if (!(m_records.at(row) == r)) {
            m_records[row] = r;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        return row;
    }

    bool removeRecord(const QString &key)
    {
        const int row = m_rows.value(key, -1);
        if (row < 0)
            return false;
        removeRecordAt(row);
        return true;
    }

protected:
    virtual QString keyOf(const T &record) const = 0;

    void removeRecordAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        reindex();
        endRemoveRows();
    }

private:
    void reindex()
    {
        m_rows.clear();
        for (int i = 0; i < m_records.size(); ++i)
            m_rows.insert(keyOf(m_records.at(i)), i);
    }

    QList<T> m_records;
    QHash<QString, int> m_rows;
};

} // namespace prime::models
