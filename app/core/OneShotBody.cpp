#include "OneShotBody.h"

#include <cstring>

namespace prime {

OneShotBody::OneShotBody(QByteArray body, QObject *parent) : QIODevice(parent), m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_body.size() - m_pos) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_body.size()) - m_pos);
    if (n <= 0)
        return m_pos >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

} // namespace prime
