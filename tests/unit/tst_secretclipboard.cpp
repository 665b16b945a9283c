// SecretClipboard on the offscreen platform (its clipboard works in-process).
#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace prime;

namespace {
const QByteArray kSecret = "Q2xpcGJvYXJkU2VjcmV0MDEyMzQ1Njc4OWFiY2RlZg==";

QByteArray clipboardText()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime ? mime->data(QStringLiteral("text/plain")) : QByteArray();
}
} // namespace

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void copyMarksTheDataAsSecret()
    {
        SecretClipboard clip;
        QSignalSpy copied(&clip, &SecretClipboard::copied);
        clip.copy(SecretBytes(QByteArrayView(kSecret)));
        QCOMPARE(copied.size(), 1);
        QCOMPARE(clipboardText(), kSecret);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(kSecret));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QString::fromLatin1(SecretClipboard::kPasswordManagerHint)), QByteArray("secret"));
        QVERIFY(clip.holdsSecret());
    }

    void defaultDelayIsThirtySeconds()
    {
        SecretClipboard clip;
        QCOMPARE(clip.clearDelayMs(), 30000);
    }

    void clearsAfterTheDelay()
    {
        SecretClipboard clip;
        clip.setClearDelayMs(150);
        QSignalSpy cleared(&clip, &SecretClipboard::cleared);
        clip.copy(SecretBytes(QByteArrayView(kSecret)));
        QTest::qWait(50);
        QCOMPARE(clipboardText(), kSecret); // not before the delay
        QVERIFY(cleared.wait(2000));
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clip.holdsSecret());
    }

    void leavesSomethingElseAlone()
    {
        SecretClipboard clip;
        clip.setClearDelayMs(150);
        QSignalSpy cleared(&clip, &SecretClipboard::cleared);
        QSignalSpy replaced(&clip, &SecretClipboard::replaced);
        clip.copy(SecretBytes(QByteArrayView(kSecret)));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QVERIFY(!clip.holdsSecret());
        QVERIFY(replaced.wait(2000));
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void destructionClearsOurSecret()
    {
        {
            SecretClipboard clip;
            clip.copy(SecretBytes(QByteArrayView(kSecret)));
            QCOMPARE(clipboardText(), kSecret);
        }
        QVERIFY(clipboardText().isEmpty());
    }

    void clearNowOnlyWhenOurs()
    {
        SecretClipboard clip;
        QVERIFY(!clip.clearNow()); // nothing copied yet
        clip.copy(SecretBytes(QByteArrayView(kSecret)));
        QVERIFY(clip.clearNow());
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clip.clearNow());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
