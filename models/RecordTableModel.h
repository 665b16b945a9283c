// prime_models: item models and proxies over prime_core records. No network, no widgets.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>

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
    // data()'s check of its index: a cheap, inline stand-in for checkIndex(),
    // whose virtual row and column counts show when sorting calls data() a
    // million times.
    bool isRecordIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_records.size();
    }
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
        upsertRecords(records);
    }

    // Inserts or updates a page of records at once: one rowsInserted for all
    // new rows (appended in the page's order; a key repeated in the page keeps
    // its last version) and one dataChanged per run of adjacent changed rows.
    // Per-record upserts would make a sorted proxy and the views relayout once
    // per row, which stalls the GUI once tens of thousands of rows are loaded.
    void upsertRecords(QList<T> records)
    {
        QList<T> fresh;
        QHash<QString, int> freshRows; // key -> index in `fresh`
        QList<int> changed;
        for (T &r : records) {
            QString key = keyOf(r);
            if (const int row = m_rows.value(key, -1); row >= 0) {
                if (!(m_records.at(row) == r)) {
                    m_records[row] = std::move(r);
                    changed.append(row);
                }
            } else if (const auto it = freshRows.constFind(key); it != freshRows.cend()) {
                fresh[*it] = std::move(r);
            } else {
                freshRows.insert(std::move(key), int(fresh.size()));
                fresh.append(std::move(r));
            }
        }
        emitChangedRuns(std::move(changed));
        if (fresh.isEmpty())
            return;
        const int first = int(m_records.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (auto it = freshRows.cbegin(); it != freshRows.cend(); ++it)
            m_rows.insert(it.key(), first + it.value());
        m_records.append(std::move(fresh));
        endInsertRows();
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
    void emitChangedRuns(QList<int> rows)
    {
        std::sort(rows.begin(), rows.end());
        const int lastColumn = columnCount() - 1;
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
                ++j;
            emit dataChanged(index(rows.at(i), 0), index(rows.at(j), lastColumn));
            i = j + 1;
        }
    }

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
