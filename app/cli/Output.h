#pragma once

#include <QJsonValue>
#include <QString>

class QTextStream;

namespace prime {
struct PrimeError;
}

namespace prime::cli {

// Everything primectl prints. stdout carries exactly one document per command
// (JSON by default, a plain table with --format table); stderr carries words
// for people: errors, warnings and progress.
class Output
{
public:
    enum class Format { Json, Table };

    Output(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    void setFormat(Format f) { m_format = f; }
    Format format() const { return m_format; }
    void setCommand(const QString &command) { m_command = command; }

    // The command's one stdout document.
    void document(const QJsonValue &doc);
    // "primectl <command>: <message>" on stderr.
    void error(const QString &message);
    void note(const QString &message);
    // A failed Prime call: plain words, then the Kraken strings.
    void error(const QString &what, const PrimeError &e);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Renders a JSON value as text for people (exposed for tests of the layout).
    static QString table(const QJsonValue &doc);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Format m_format = Format::Json;
    QString m_command;
};

} // namespace prime::cli
