#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace prime {
class PrimeClient;
class ProfileStore;
class SecretStore;
struct ConnectionProfile;
} // namespace prime

namespace prime::ui {

// "Connect to Kraken Prime": name, server URL, API key and secret of an
// administrator key. Checks the fields as they are typed, can test the
// connection with one read call, and saves the secret to the keychain (verified)
// before the profile, through saveProfileWithSecret().
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // For screenshots and tests: fill the non-secret fields.
    void setFields(const QString &name, const QString &url, const QString &apiKey);
    QString problem() const; // empty when the fields can be saved
    QString resultText() const;

signals:
    void profileSaved(const QString &name);

private:
    ConnectionProfile profile() const;
    void validate();
    void testConnection();
    void save();
    void setResult(const QString &text, bool good, const QString &details = {});
    void setWorking(bool working);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_apiKey;
    QLineEdit *m_secret;
    QCheckBox *m_production;
    QLabel *m_problem;
    QLabel *m_result;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QNetworkAccessManager *m_nam;
    QPointer<PrimeClient> m_testClient;
    quint64 m_testCall = 0;
    bool m_working = false;
};

} // namespace prime::ui
