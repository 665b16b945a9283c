#include "NonceSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <chrono>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcNonce, "prime.core.nonce", QtInfoMsg)

namespace prime {

namespace {
constexpr int kMarkWidth = 20; // digits of the largest quint64

class FileLock
{
public:
    explicit FileLock(int fd) : m_fd(fd)
    {
        if (m_fd >= 0)
            while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
            }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_UN);
    }

private:
    int m_fd;
};
} // namespace

quint64 NonceSource::systemClockMicros()
{
    using namespace std::chrono;
    return quint64(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count());
}

QString NonceSource::defaultStatePath(const QString &baseUrl, const QString &apiKey)
{
    const QByteArray id = QCryptographicHash::hash((baseUrl + QLatin1Char('\n') + apiKey).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/nonces/") + QString::fromLatin1(id);
}

NonceSource::NonceSource(QString statePath, Clock clock)
    : m_path(std::move(statePath)), m_clock(clock ? std::move(clock) : Clock(&systemClockMicros))
{
    if (m_path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        qCWarning(lcNonce) << "cannot open the nonce state file" << m_path << std::strerror(errno);
}

NonceSource::~NonceSource()
{
    unlock();
    if (m_fd >= 0)
        ::close(m_fd);
}

quint64 NonceSource::readMark() const
{
    if (m_fd < 0)
        return 0;
    char buf[kMarkWidth + 2] = {};
    const ssize_t n = ::pread(m_fd, buf, kMarkWidth, 0);
    if (n <= 0)
        return 0;
    return QByteArrayView(buf, n).trimmed().toULongLong();
}

void NonceSource::writeMark(quint64 value)
{
    if (m_fd < 0)
        return;
    char buf[kMarkWidth + 2];
    const int n = std::snprintf(buf, sizeof buf, "%0*llu\n", kMarkWidth,
                                static_cast<unsigned long long>(value));
    if (::pwrite(m_fd, buf, size_t(n), 0) != n)
        qCWarning(lcNonce) << "cannot write the nonce state file" << m_path;
}

quint64 NonceSource::next()
{
    QMutexLocker locker(&m_mutex);
    FileLock lock(m_leased ? -1 : m_fd); // a held lease already excludes other programs
    return drawLocked();
}

bool NonceSource::tryLock()
{
    QMutexLocker locker(&m_mutex);
    if (m_leased)
        return false;
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
        return false;
    m_leased = true;
    return true;
}

quint64 NonceSource::nextLocked()
{
    QMutexLocker locker(&m_mutex);
    return drawLocked();
}

void NonceSource::unlock()
{
    QMutexLocker locker(&m_mutex);
    if (!m_leased)
        return;
    if (m_fd >= 0)
        ::flock(m_fd, LOCK_UN);
    m_leased = false;
}

quint64 NonceSource::drawLocked()
{
    const quint64 floor = std::max(m_last, readMark());
    quint64 candidate = m_clock();
    if (candidate <= floor)
        candidate = floor + 1; // the clock went back or a burst: stay strictly increasing
    writeMark(candidate);
    m_last = candidate;
    return candidate;
}

quint64 NonceSource::last() const
{
    QMutexLocker locker(&m_mutex);
    return m_last;
}

} // namespace prime
