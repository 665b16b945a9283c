// prime_core: the Prime Admin core library (QtCore, QtNetwork, OpenSSL, QtKeychain; no widgets).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace prime {

// Holds secret bytes (API secrets, decoded keys). The buffer is wiped with
// OPENSSL_cleanse when the value is released or overwritten. Copies are deep
// so that wiping one never leaves a shared, unwiped buffer behind.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    // Takes over a QByteArray and wipes the caller's copy.
    static SecretBytes adopt(QByteArray &bytes);
    // Trims ASCII whitespace and newlines (pasted secrets) without copying to QString.
    SecretBytes trimmed() const;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    const char *constData() const { return m_bytes.constData(); }

    // True when the bytes are canonical standard base64 that decodes to at least one byte.
    bool isBase64() const;
    // Decodes base64; empty on invalid input.
    SecretBytes fromBase64() const;
    SecretBytes toBase64() const;

    void clear();

    friend bool operator==(const SecretBytes &a, const SecretBytes &b);

private:
    QByteArray m_bytes;
};

// Wipes a byte array in place (used for temporaries that held secret bytes).
void wipe(QByteArray &bytes);

// Test hook: called with each buffer right after it was wiped and before it is
// freed, so a test can check that released secrets are zeroed.
using WipeObserver = void (*)(const char *data, qsizetype size);
void setWipeObserver(WipeObserver observer);

} // namespace prime
