#include "SecretBytes.h"

#include <openssl/crypto.h>

#include <atomic>

namespace prime {

namespace {
std::atomic<WipeObserver> g_wipeObserver{nullptr};
}

void setWipeObserver(WipeObserver observer)
{
    g_wipeObserver = observer;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Someone else shares the buffer: we cannot wipe their copy, only drop ours.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
        if (WipeObserver observer = g_wipeObserver.load())
            observer(bytes.constData(), bytes.size());
    }
    bytes.clear();
}

SecretBytes::SecretBytes(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size()) {}

SecretBytes::SecretBytes(const SecretBytes &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes SecretBytes::adopt(QByteArray &bytes)
{
    SecretBytes s{QByteArrayView(bytes)};
    wipe(bytes);
    return s;
}

SecretBytes SecretBytes::trimmed() const
{
    qsizetype begin = 0;
    qsizetype end = m_bytes.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    while (begin < end && isSpace(m_bytes.at(begin)))
        ++begin;
    while (end > begin && isSpace(m_bytes.at(end - 1)))
        --end;
    return SecretBytes(QByteArrayView(m_bytes).sliced(begin, end - begin));
}

bool SecretBytes::isBase64() const
{
    return !fromBase64().isEmpty();
}

SecretBytes SecretBytes::fromBase64() const
{
    // Canonical standard base64 only: padded to a multiple of 4, no stray characters.
    if (m_bytes.isEmpty() || m_bytes.size() % 4 != 0)
        return {};
    auto decoded = QByteArray::fromBase64Encoding(m_bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        wipe(decoded.decoded);
        return {};
    }
    return adopt(decoded.decoded);
}

SecretBytes SecretBytes::toBase64() const
{
    QByteArray encoded = m_bytes.toBase64();
    return adopt(encoded);
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    if (a.m_bytes.size() != b.m_bytes.size())
        return false;
    return CRYPTO_memcmp(a.m_bytes.constData(), b.m_bytes.constData(), size_t(a.m_bytes.size())) == 0;
}

} // namespace prime
