#include "Output.h"

#include "PrimeError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>

namespace prime::cli {

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("-");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: return QString::number(v.toInteger()); // ids and ms: integers only
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        if (v.toArray().size() > 3)
            return QStringLiteral("(%1 items)").arg(v.toArray().size());
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << (e.isObject() ? QStringLiteral("{…}") : scalarText(e));
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object: return v.toObject().isEmpty() ? QStringLiteral("-") : QStringLiteral("{…}");
    case QJsonValue::Undefined: break;
    }
    return {};
}

bool isObjectArray(const QJsonValue &v)
{
    return v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isObject();
}

// Flattens nested objects into "a.b" columns; arrays of objects (legs) are left
// to their own sub-table.
void flatten(const QJsonObject &o, const QString &prefix, QList<QPair<QString, QString>> &cells,
             QList<QPair<QString, QJsonArray>> *subTables)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flatten(it.value().toObject(), key, cells, subTables);
        else if (isObjectArray(it.value()) && subTables)
            subTables->append({key, it.value().toArray()});
        else if (isObjectArray(it.value()))
            cells.append({key, QString::number(it.value().toArray().size())});
        else
            cells.append({key, scalarText(it.value())});
    }
}

QString grid(const QJsonArray &rows)
{
    QStringList columns;
    QList<QHash<QString, QString>> values;
    for (const QJsonValue &row : rows) {
        QList<QPair<QString, QString>> cells;
        if (row.isObject())
            flatten(row.toObject(), {}, cells, nullptr);
        else
            cells.append({QStringLiteral("value"), scalarText(row)});
        QHash<QString, QString> map;
        for (const auto &[k, v] : cells) {
            if (!columns.contains(k))
                columns << k;
            map.insert(k, v);
        }
        values << map;
    }
    QList<qsizetype> widths;
    for (const QString &c : columns) {
        qsizetype w = c.size();
        for (const auto &m : values)
            w = std::max(w, m.value(c).size());
        widths << w;
    }
    QString text;
    auto line = [&](auto cell) {
        QStringList parts;
        for (qsizetype i = 0; i < columns.size(); ++i)
            parts << cell(i).leftJustified(widths.at(i));
        text += parts.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    line([&](qsizetype i) { return columns.at(i).toUpper(); });
    for (const auto &m : values)
        line([&](qsizetype i) { return m.value(columns.at(i), QStringLiteral("-")); });
    return text;
}

} // namespace

QString Output::table(const QJsonValue &doc)
{
    if (doc.isArray())
        return doc.toArray().isEmpty() ? QStringLiteral("(none)\n") : grid(doc.toArray());
    if (!doc.isObject())
        return scalarText(doc) + QLatin1Char('\n');
    QList<QPair<QString, QString>> cells;
    QList<QPair<QString, QJsonArray>> subTables;
    flatten(doc.toObject(), {}, cells, &subTables);
    qsizetype width = 0;
    for (const auto &c : cells)
        width = std::max(width, c.first.size());
    QString text;
    for (const auto &[k, v] : cells)
        text += QString(k + QLatin1Char(':')).leftJustified(width + 2) + v + QLatin1Char('\n');
    for (const auto &[k, rows] : subTables)
        text += QLatin1Char('\n') + k + QStringLiteral(":\n") + grid(rows);
    return text;
}

void Output::document(const QJsonValue &doc)
{
    if (m_format == Format::Table) {
        m_out << table(doc);
    } else {
        const QJsonDocument d = doc.isArray() ? QJsonDocument(doc.toArray()) : QJsonDocument(doc.toObject());
        m_out << QString::fromUtf8(d.toJson(QJsonDocument::Indented));
    }
    m_out.flush();
}

void Output::error(const QString &message)
{
    m_err << "primectl " << m_command << ": " << message << '\n';
    m_err.flush();
}

void Output::note(const QString &message)
{
    m_err << "primectl " << m_command << ": " << message << '\n';
    m_err.flush();
}

void Output::error(const QString &what, const PrimeError &e)
{
    QString text = what + QStringLiteral(": ") + e.message();
    const QString details = e.details();
    if (!details.isEmpty())
        text += QStringLiteral(" [") + details + QLatin1Char(']');
    error(text);
}

} // namespace prime::cli
