#include "LogFile.h"

#include "Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <atomic>

namespace prime {

namespace {
std::atomic<LogFile *> g_log{nullptr};
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redaction::redact(message);
    if (LogFile *log = g_log.load())
        log->write(type, context, clean);
    if (g_previous)
        g_previous(type, context, clean);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}
} // namespace

LogFile::LogFile(QString directory, qint64 maxBytes, int keepFiles)
    : m_directory(std::move(directory)), m_maxBytes(maxBytes), m_keepFiles(std::max(1, keepFiles))
{
}

LogFile::~LogFile()
{
    LogFile *self = this;
    if (g_log.compare_exchange_strong(self, nullptr))
        install(nullptr);
}

QString LogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString LogFile::filePath() const
{
    return m_directory + QStringLiteral("/prime-admin.log");
}

bool LogFile::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(m_directory);
    m_file.setFileName(filePath());
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void LogFile::rotate()
{
    m_file.close();
    const QString base = filePath();
    QFile::remove(base + QLatin1Char('.') + QString::number(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Redact here too: write() is public and must hold the guarantee on its own.
    const QString clean = Redaction::redact(message);
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += context.category ? context.category : "default";
    line += ": ";
    line += clean.toUtf8();
    line += '\n';

    QMutexLocker lock(&m_mutex);
    if (!ensureOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes) {
        rotate();
        if (!ensureOpen())
            return;
    }
    m_file.write(line);
    m_file.flush();
}

void LogFile::install(LogFile *log)
{
    if (log) {
        g_log.store(log);
        QtMessageHandler previous = qInstallMessageHandler(handler);
        if (previous != handler)
            g_previous = previous;
    } else {
        g_log.store(nullptr);
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
    }
}

} // namespace prime
