#include "ProfileDialog.h"

#include <ConnectionProfile.h>
#include <PrimeClient.h>
#include <ProfileCredentials.h>
#include <ProfileStore.h>
#include <SecretStore.h>
#include <Session.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace prime::ui {

namespace {
SecretBytes secretOf(const QLineEdit *field)
{
    QByteArray bytes = field->text().toLatin1();
    return SecretBytes::adopt(bytes);
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent),
      m_profiles(profiles),
      m_secrets(secrets),
      m_name(new QLineEdit(this)),
      m_url(new QLineEdit(QStringLiteral("https://api.kraken.com"), this)),
      m_apiKey(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_production(new QCheckBox(tr("This is a production account (real funds)"), this)),
      m_problem(new QLabel(this)),
      m_result(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_nam(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connect to Kraken Prime"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_result->setObjectName(QStringLiteral("profileTestResult"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_name->setPlaceholderText(tr("e.g. Treasury production"));
    m_apiKey->setPlaceholderText(tr("The public API key, as Kraken shows it"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Goes to the system keychain, never to a file"));
    m_production->setChecked(true);
    m_secret->setAccessibleDescription(tr("Stored in the system keychain, never in a file"));
    m_production->setAccessibleDescription(tr("Production profiles are marked as such in the status bar"));
    m_test->setAccessibleDescription(tr("Reads the API users with this key to check that it works; changes nothing"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    //: "nonce" = the strictly increasing number Kraken requires in every signed request (a technical term)
    auto *intro = new QLabel(tr("Use an API key of your Prime account that may manage API users "
                                "and keys. Create one key for Prime Admin only: another program "
                                "using the same key would break its nonces."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("API &secret:"), m_secret);
    form->addRow(QString(), m_production);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    for (QLineEdit *field : {m_name, m_url, m_apiKey, m_secret})
        connect(field, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_production->setChecked(SessionProfile::looksLikeProduction(QUrl(m_url->text().trimmed())));
    });
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ProfileDialog::~ProfileDialog()
{
    if (m_testClient && m_testCall)
        m_testClient->cancel(m_testCall);
}

void ProfileDialog::setFields(const QString &name, const QString &url, const QString &apiKey)
{
    m_name->setText(name);
    m_url->setText(url);
    m_apiKey->setText(apiKey);
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.apiKey = m_apiKey->text();
    p.production = m_production->isChecked();
    p.colour = ConnectionProfile::defaultColour(p.production);
    return ProfileStore::normalized(p);
}

QString ProfileDialog::problem() const
{
    if (QString e = ProfileStore::validate(profile()); !e.isEmpty())
        return e;
    if (m_secret->text().isEmpty())
        return tr("Paste the API secret.");
    QString error;
    if (cleanPastedSecret(secretOf(m_secret), &error).isEmpty())
        return error;
    return {};
}

QString ProfileDialog::resultText() const
{
    return m_result->text();
}

void ProfileDialog::validate()
{
    const QString p = problem();
    // Say what is wrong only once the user has started typing.
    const bool touched = !m_name->text().isEmpty() || !m_apiKey->text().isEmpty()
                         || !m_secret->text().isEmpty();
    m_problem->setText(touched ? p : QString());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty() && !m_working);
    m_test->setEnabled(m_working || p.isEmpty());
}

void ProfileDialog::setWorking(bool working)
{
    m_working = working;
    for (QLineEdit *field : {m_name, m_url, m_apiKey, m_secret})
        field->setReadOnly(working);
    validate();
}

void ProfileDialog::setResult(const QString &text, bool good, const QString &details)
{
    m_result->setText(text);
    m_result->setToolTip(details);
    m_result->setStyleSheet(good ? QStringLiteral("color: #16a34a;") : QStringLiteral("color: #dc2626;"));
}

void ProfileDialog::testConnection()
{
    if (m_testClient && m_testCall) { // the button cancels a test in progress
        m_testClient->cancel(m_testCall);
        return;
    }
    QString error;
    Credentials credentials;
    credentials.baseUrl = profile().baseUrl;
    credentials.apiKey = profile().apiKey;
    credentials.secret = cleanPastedSecret(secretOf(m_secret), &error);
    if (credentials.secret.isEmpty()) {
        setResult(error, false);
        return;
    }
    delete m_testClient;
    // Default transport options: the key's nonce file is shared with later sessions.
    m_testClient = new PrimeClient(m_nam, std::move(credentials), {}, this);
    m_test->setText(tr("Cancel &test"));
    m_result->setStyleSheet({});
    m_result->setText(tr("Asking Kraken for the API users…"));
    setWorking(true);
    m_testCall = m_testClient->listUsers(this, [this](const Result<QList<ApiUser>> &r) {
        m_testCall = 0;
        m_test->setText(tr("&Test connection"));
        setWorking(false);
        if (r.ok()) {
            setResult(tr("It works: the key can read this account's API users (%n found).", nullptr,
                         int(r.value->size())),
                      true);
        } else if (r.error.category == PrimeError::Category::Cancelled) {
            setResult(tr("Test cancelled."), false);
        } else {
            setResult(r.error.message(), false, r.error.details());
        }
    });
}

void ProfileDialog::save()
{
    if (!problem().isEmpty() || m_working)
        return;
    QString error;
    const SecretBytes secret = cleanPastedSecret(secretOf(m_secret), &error);
    const ConnectionProfile p = profile();
    setWorking(true);
    m_result->setStyleSheet({});
    m_result->setText(tr("Saving the secret to the keychain…"));
    saveProfileWithSecret(*m_profiles, *m_secrets, p, secret, false, this,
                          [this, name = p.name](const SecretStore::Outcome &outcome) {
                              setWorking(false);
                              if (!outcome.ok()) {
                                  setResult(outcome.message, false, SecretStore::statusName(outcome.status));
                                  return;
                              }
                              m_secret->clear();
                              emit profileSaved(name);
                              accept();
                          });
}

} // namespace prime::ui
