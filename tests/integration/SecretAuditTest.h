// tst_secret_audit's test class: the workflow steps (tst_secret_audit_workflow.cpp)
// and the setup, scanner self-checks and final scan (tst_secret_audit.cpp).
#pragma once

#include "KeychainTestSupport.h"
#include "SecretAuditSupport.h"

#include <AuditLog.h>
#include <LogFile.h>
#include <MainWindow.h>
#include <ProfileStore.h>
#include <SandboxServer.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace prime::ui {
class SecretRevealDialog;
}

namespace secretaudit {
// 64 bytes spelling a marker; their base64 is the profile's (admin key's) secret.
inline constexpr char kMarker[] = "PRIME-ADMIN-SECRET-AUDIT-MARKER::profile-secret::~~~?~>~?0123456";
static_assert(sizeof(kMarker) - 1 == 64, "Kraken secrets are 64 bytes");
inline const QByteArray kProfileSecret = QByteArray(kMarker).toBase64();
inline const QString kProfileName = QStringLiteral("Secret audit");
inline constexpr int kClipboardMs = 300; // instead of 30 s: the same timer, shorter

extern std::unique_ptr<Throwaway> g_dirs;
extern QString g_outsideTmp; // TMPDIR before the test replaced it: self-checks plant there

inline QByteArray bytesOf(const prime::SecretBytes &s) { return QByteArray(s.constData(), s.size()); }
QByteArray clipboardBytes(); // everything on the clipboard now, every format
QByteArray rawLog();         // every message this process logged, before redaction
} // namespace secretaudit

class TestSecretAudit : public QObject
{
    Q_OBJECT

    secretaudit::Scanner m_scanner;
    std::unique_ptr<secretaudit::PaintWatch> m_paints;
    QTimer m_harvestTimer;
    std::unique_ptr<prime::LogFile> m_log;
    std::unique_ptr<prime::sandbox::SandboxServer> m_server;
    QPointer<prime::sandbox::SandboxServer> m_shotServer; // the in-process screenshot run's
    std::unique_ptr<prime::ProfileStore> m_profiles;
    std::unique_ptr<prime::SecretStore> m_secrets;
    std::unique_ptr<prime::AuditLog> m_audit;
    std::unique_ptr<prime::ui::MainWindow> m_window;
    QString m_userId, m_keyId, m_rotatedKeyId;
    QList<QPair<QString, QByteArray>> m_childOutput; // name, bytes
    QStringList m_paintHits;

    void harvest();
    QByteArray serverSecret(const QString &keyId) const;
    prime::ConnectionProfile profile() const;
    QByteArray keychainSecret(const QString &entry) const;
    bool waitIdle() const;
    template<typename T> T *pane(const char *key) const
    {
        return qobject_cast<T *>(m_window->pane(QString::fromLatin1(key)));
    }
    bool copyAndWaitForClear(prime::ui::SecretRevealDialog *d, const QByteArray &secret, QString *why);
    void keepOutput(const QString &name, const secretaudit::Child &run);

private slots:
    void initTestCase();
    void scannerFindsEveryEncoding_data();
    void scannerFindsEveryEncoding();
    void scannerFindsUnknownSecrets();
    void addProfileWithSecret();
    void createUser();
    void issueKeyAndCopyIt();
    void editAllowList();
    void rotateKey();
    void revokeKey();
    void createBatchAndSettleLeg();
    void primectlCreatesAndRotatesKeys();
    void abortedAppLeavesNoCoreAndNoSecret();
    void screenshotRunOfTheApp();
    void screenshotsPaintNoSecretInClear();
    void nothingLeaked();
    void cleanupTestCase();
};
