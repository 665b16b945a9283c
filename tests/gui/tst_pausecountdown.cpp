// After Kraken says "rate limit" or "lockout" the key's queue pauses; the status
// bar counts down to the end of the pause and offers to resume now.
#include "GuiTestSupport.h"

#include <Pane.h>
#include <PrimeClient.h>
#include <SandboxServer.h>
#include <SessionStatus.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace prime;
using namespace prime::ui;
using Fault = prime::sandbox::SandboxServer::Fault;

class TestPauseCountdown : public QObject
{
    Q_OBJECT

    static bool openSandbox(GuiFixture &f)
    {
        auto *button = f.window->findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return f.window->session() && QTest::qWaitFor([&f] { return f.window->session()->pendingCount() == 0; }, 20000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rateLimitShowsCountdownAndResumeNow()
    {
        GuiFixture f;
        f.window->show();
        QVERIFY(openSandbox(f));
        SessionStatus *status = f.window->sessionStatus();
        QVERIFY(!status->isPauseShown());

        // A rate-limit answer pauses the key's queue.
        f.sandbox()->injectFault(QStringLiteral("ListPrimeApiUsers"), Fault::RateLimit, 1);
        QSignalSpy paused(f.window->session()->client()->transport(), &PrimeTransport::paused);
        f.window->refreshAction()->trigger();
        QVERIFY(paused.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(status->isPauseShown(), 2000);
        QVERIFY2(status->pauseText().contains(QStringLiteral("resuming in")), qPrintable(status->pauseText()));
        QVERIFY(status->pauseText().contains(QStringLiteral("slow down")));

        // The countdown goes down while time passes.
        const QString before = status->pauseText();
        auto *resume = status->findChild<QToolButton *>(QStringLiteral("statusResume"));
        QVERIFY(resume && resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isPauseShown(), 2000);
        QVERIFY(!f.window->session()->client()->transport()->isPaused());
        QVERIFY(!before.isEmpty());
    }

    void pauseEndsByItself()
    {
        GuiFixture f;
        f.window->show();
        QVERIFY(openSandbox(f));
        SessionStatus *status = f.window->sessionStatus();
        f.sandbox()->injectFault(QStringLiteral("ListPrimeApiUsers"), Fault::RateLimit, 1);
        f.window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->isPauseShown(), 10000);
        const QString first = status->pauseText();
        QTRY_VERIFY_WITH_TIMEOUT(status->pauseText() != first || !status->isPauseShown(), 3000); // it counts down
        QTRY_VERIFY_WITH_TIMEOUT(!status->isPauseShown(), 15000);
        // The read was retried after the pause and the users are there.
        QTRY_COMPARE_WITH_TIMEOUT(f.window->pane(QStringLiteral("users"))->visibleRowCount(),
                                  int(f.sandbox()->users().size()), 15000);
    }
};

QTEST_MAIN(TestPauseCountdown)
#include "tst_pausecountdown.moc"
