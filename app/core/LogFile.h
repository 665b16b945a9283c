#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace prime {

// The application log: every qDebug/qInfo/qWarning line (QLoggingCategory per
// module) goes through Redaction and then to <dir>/prime-admin.log, which is
// rotated to .1, .2, ... when it grows past maxBytes.
class LogFile
{
public:
    explicit LogFile(QString directory, qint64 maxBytes = 1024 * 1024, int keepFiles = 3);
    ~LogFile();

    // <AppDataLocation>/logs
    static QString defaultDirectory();
    QString filePath() const;

    // Redacts and writes one line; rotates first when the file is full.
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    // Makes `log` the process-wide message handler (messages still reach the
    // previous handler, redacted). Pass nullptr to restore the previous handler.
    static void install(LogFile *log);

private:
    void rotate();
    bool ensureOpen();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keepFiles;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace prime
