#pragma once

#include <QByteArray>
#include <QIODevice>

namespace prime {

// A request body that can be read once and never rewound. QNetworkAccessManager
// silently re-sends a request whose connection closed before an answer; for a
// signed mutation that would be a second submission. With this device (and
// DoNotBufferUploadDataAttribute) Qt reports ContentReSendError instead, and the
// transport reports "outcome unknown" to the caller.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

} // namespace prime
