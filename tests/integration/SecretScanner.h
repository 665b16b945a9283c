// The secret audit's scanner: every shape a known secret can take when it
// leaks (text, encodings, decoded bytes, fragments), looked for in any bytes
// (files, child output, log lines, painted widget text), plus a shape test for
// secrets the test never saw (another process's sandbox keys).
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <cstring>

namespace secretaudit {

struct Shape
{
    QString encoding;
    QByteArray bytes;
};

inline QByteArray utf16Bytes(const QByteArray &latin1, bool bigEndian)
{
    QByteArray out;
    for (const char c : latin1) {
        out.append(bigEndian ? '\0' : c);
        out.append(bigEndian ? c : '\0');
    }
    return out;
}

// Every shape of one base64 secret (as Kraken and the sandbox issue them) worth
// looking for: whole in several encodings, and fragments long enough that a hit
// cannot be chance (a log that prints "the first 24 characters" leaks too).
inline QList<Shape> shapesOf(const QByteArray &base64)
{
    const QByteArray raw = QByteArray::fromBase64(base64);
    const qsizetype pad = base64.indexOf('=');
    const QByteArray unpadded = pad < 0 ? base64 : base64.left(pad);
    QByteArray jsonEscaped = base64;
    jsonEscaped.replace("/", "\\/");
    const QByteArray hex = raw.toHex();
    const QList<Shape> all{
        {QStringLiteral("base64"), base64},
        {QStringLiteral("base64 without padding"), unpadded},
        {QStringLiteral("base64url"), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("percent-encoded base64"), QUrl::toPercentEncoding(QString::fromLatin1(base64))},
        {QStringLiteral("JSON-escaped base64"), jsonEscaped},
        {QStringLiteral("base64 of the base64 text"), base64.toBase64()},
        {QStringLiteral("hex"), hex},
        {QStringLiteral("HEX"), hex.toUpper()},
        {QStringLiteral("decoded bytes"), raw},
        {QStringLiteral("UTF-16LE base64"), utf16Bytes(base64, false)},
        {QStringLiteral("UTF-16BE base64"), utf16Bytes(base64, true)},
        {QStringLiteral("first 24 base64 characters"), base64.left(24)},
        {QStringLiteral("last 24 base64 characters"), unpadded.right(24)},
        {QStringLiteral("first 32 hex digits"), hex.left(32)},
        {QStringLiteral("first 16 decoded bytes"), raw.left(16)},
    };
    QList<Shape> shapes;
    QSet<QByteArray> seen;
    for (const Shape &s : all) {
        if (s.bytes.size() >= 16 && !seen.contains(s.bytes)) {
            seen.insert(s.bytes);
            shapes << s;
        }
    }
    return shapes;
}

// The names of the encodings every secret is searched in (for the report).
inline QStringList encodingNames()
{
    QStringList names;
    QByteArray raw; // bytes whose base64 has '+', '/' and padding, so every shape is distinct
    while (raw.size() < 64)
        raw.append("\xff\xff\xff\xfb\xef\xbe");
    raw.truncate(64);
    for (const Shape &s : shapesOf(raw.toBase64()))
        names << s.encoding;
    return names;
}

// Finds known secrets in any bytes. Patterns are indexed by their first four
// bytes so that megabytes of screenshots are scanned in one pass.
class Scanner
{
public:
    // `label` names the secret in reports (never its value).
    void add(const QString &label, const QByteArray &base64Secret)
    {
        if (base64Secret.isEmpty() || m_secrets.contains(base64Secret))
            return;
        m_secrets.insert(base64Secret, label);
        for (const Shape &s : shapesOf(base64Secret)) {
            m_byPrefix[prefixOf(s.bytes.constData())].append(int(m_patterns.size()));
            m_patterns.append({label, s.encoding, s.bytes});
        }
    }
    qsizetype secretCount() const { return m_secrets.size(); }
    QList<QByteArray> secrets() const { return m_secrets.keys(); }

    // One line per secret found: "<where>: <label> as <encoding>, <encoding>".
    QStringList scan(QByteArrayView data, const QString &where) const
    {
        QMap<QString, QStringList> found; // label -> encodings
        const char *p = data.data();
        for (qsizetype i = 0; i + 4 <= data.size(); ++i) {
            const auto it = m_byPrefix.constFind(prefixOf(p + i));
            if (it == m_byPrefix.cend())
                continue;
            for (const int index : *it) {
                const Pattern &pat = m_patterns.at(index);
                if (i + pat.bytes.size() <= data.size()
                    && std::memcmp(p + i, pat.bytes.constData(), size_t(pat.bytes.size())) == 0
                    && !found[pat.label].contains(pat.encoding))
                    found[pat.label] << pat.encoding;
            }
        }
        QStringList hits;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            hits << where + QStringLiteral(": ") + it.key() + QStringLiteral(" as ") + it.value().join(QStringLiteral(", "));
        return hits;
    }

private:
    struct Pattern
    {
        QString label, encoding;
        QByteArray bytes;
    };
    static quint32 prefixOf(const char *p)
    {
        quint32 v;
        std::memcpy(&v, p, 4);
        return v;
    }
    QMap<QByteArray, QString> m_secrets;
    QList<Pattern> m_patterns;
    QHash<quint32, QList<int>> m_byPrefix;
};

inline bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
inline bool isHexChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Secrets nobody told the test about: a token shaped like a Kraken/sandbox API
// secret (base64 of 64 bytes: exactly 86 base64 characters and "=="), or 64
// bytes as 128 hex digits. Compressed or random data does not produce such runs.
inline QStringList scanForSecretShapes(QByteArrayView data, const QString &where)
{
    QStringList hits;
    qsizetype run = 0, hexRun = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        const char c = i < data.size() ? data[i] : '\0';
        if (i < data.size() && isBase64Char(c)) {
            ++run;
        } else {
            if (run == 86 && i + 1 < data.size() && data[i] == '=' && data[i + 1] == '='
                && (i + 2 == data.size() || !isBase64Char(data[i + 2])))
                hits << where + QStringLiteral(": a secret-shaped base64 token at byte ") + QString::number(i - run);
            run = 0;
        }
        if (i < data.size() && isHexChar(c)) {
            ++hexRun;
        } else {
            if (hexRun == 128)
                hits << where + QStringLiteral(": a secret-shaped run of 128 hex digits at byte ") + QString::number(i - hexRun);
            hexRun = 0;
        }
    }
    return hits;
}

struct FileScan
{
    QStringList hits;      // leaks and unreadable files
    QStringList files;     // every regular file scanned
    QStringList excluded;  // skipped on purpose (must be named by the caller)
};

// Every regular file under `root` (hidden ones too; no symlinks, sockets or
// FIFOs, which hold no written bytes), read whole, except `exclude` (absolute paths).
inline FileScan scanTree(const QString &root, const Scanner &scanner, const QStringList &exclude = {})
{
    FileScan result;
    QSet<QString> skip;
    for (const QString &e : exclude)
        skip.insert(QFileInfo(e).absoluteFilePath());
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (skip.contains(QFileInfo(path).absoluteFilePath())) {
            result.excluded << path;
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result.hits << QStringLiteral("unreadable, so not proven clean: ") + path;
            continue;
        }
        const QByteArray data = f.readAll();
        result.files << path;
        result.hits << scanner.scan(data, path) << scanForSecretShapes(data, path);
    }
    return result;
}

} // namespace secretaudit
