// prime_desktop: desktop-integration helpers over QtGui (no widgets).
#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QClipboard;
class QTimer;

namespace prime {

// Copies a secret to the clipboard for pasting elsewhere, marked so that
// clipboard managers (Klipper, ...) do not keep it in their history, and clears
// it after a delay if the clipboard still holds it. If the user copied something
// else meanwhile, that is left alone.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearDelayMs = 30000;
    static const char *const kPasswordManagerHint; // "x-kde-passwordManagerHint"

    // clipboard: null uses QGuiApplication::clipboard().
    explicit SecretClipboard(QClipboard *clipboard = nullptr, QObject *parent = nullptr);
    ~SecretClipboard() override; // clears the secret if it is still there

    void setClearDelayMs(int ms) { m_delayMs = ms; }
    int clearDelayMs() const { return m_delayMs; }

    void copy(const SecretBytes &secret);
    // True while the clipboard holds the secret this object put there.
    bool holdsSecret() const;
    // Clears now if the clipboard still holds our secret; true when it did.
    bool clearNow();

signals:
    void copied();
    void cleared();      // we removed our secret
    void replaced();     // the delay ended but the user had copied something else

private:
    QByteArray fingerprint(QByteArrayView data) const;

    QPointer<QClipboard> m_clipboard;
    QTimer *m_timer;
    int m_delayMs = kDefaultClearDelayMs;
    QByteArray m_salt;        // random per object: the fingerprint reveals nothing
    QByteArray m_fingerprint; // salted SHA-256 of what we copied; empty when nothing
};

} // namespace prime
