#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTimer>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcClipboard, "prime.desktop.clipboard")

namespace prime {

const char *const SecretClipboard::kPasswordManagerHint = "x-kde-passwordManagerHint";

namespace {
const QString kTextPlain = QStringLiteral("text/plain");
const QString kTextPlainUtf8 = QStringLiteral("text/plain;charset=utf-8");
} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent),
      m_clipboard(clipboard ? clipboard : QGuiApplication::clipboard()),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_salt.resize(32);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                         reinterpret_cast<quint32 *>(m_salt.data() + m_salt.size()));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!clearNow() && !m_fingerprint.isEmpty()) {
            m_fingerprint.clear();
            emit replaced();
        }
    });
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

QByteArray SecretClipboard::fingerprint(QByteArrayView data) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(data);
    return hash.result();
}

void SecretClipboard::copy(const SecretBytes &secret)
{
    if (!m_clipboard)
        return;
    auto *mime = new QMimeData;
    // QMimeData copies the bytes; the clipboard owns them from here on.
    mime->setData(kTextPlain, QByteArray(secret.constData(), secret.size()));
    mime->setData(kTextPlainUtf8, QByteArray(secret.constData(), secret.size()));
    mime->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprint(secret.view());
    m_timer->start(m_delayMs);
    qCDebug(lcClipboard) << "secret copied; clearing in" << m_delayMs << "ms";
    emit copied();
}

bool SecretClipboard::holdsSecret() const
{
    if (!m_clipboard || m_fingerprint.isEmpty())
        return false;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasFormat(kTextPlain))
        return false;
    QByteArray data = mime->data(kTextPlain);
    const QByteArray candidate = fingerprint(data);
    wipe(data);
    return candidate.size() == m_fingerprint.size()
           && CRYPTO_memcmp(candidate.constData(), m_fingerprint.constData(), size_t(candidate.size())) == 0;
}

bool SecretClipboard::clearNow()
{
    if (!holdsSecret())
        return false;
    m_clipboard->clear(QClipboard::Clipboard);
    m_fingerprint.clear();
    m_timer->stop();
    qCDebug(lcClipboard) << "secret cleared from the clipboard";
    emit cleared();
    return true;
}

} // namespace prime
