#include "KeyScreenshots.h"

#include "IpAllowListEditor.h"
#include "MainWindow.h"
#include "Pane.h"
#include "RotationWizard.h"
#include "SecretRevealDialog.h"

#include <KeyIssuance.h>
#include <PrimeClient.h>
#include <RotationJournal.h>
#include <SecretStore.h>
#include <Session.h>

#include <QAction>
#include <QCheckBox>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKeyShots, "prime.ui.screenshots.keys")

namespace prime::ui {

namespace {
constexpr int kSettleMs = 200;
constexpr int kStepTimeoutMs = 30000;

ConnectionProfile profileOf(Session *s)
{
    ConnectionProfile p;
    p.name = s->profile().name;
    p.baseUrl = s->profile().baseUrl;
    return p;
}
} // namespace

KeyScreenshots::KeyScreenshots(MainWindow *window, Save save, QObject *parent)
    : QObject(parent), m_window(window), m_save(std::move(save)),
      m_secrets(std::make_unique<SecretStore>(QStringLiteral("PrimeAdminScreenshots"))),
      m_journal(std::make_unique<RotationJournal>(m_dir.filePath(QStringLiteral("rotations.json"))))
{
    m_secrets->setTimeoutMs(5000);
}

KeyScreenshots::~KeyScreenshots() = default;

void KeyScreenshots::start()
{
    if (!m_window->session())
        return fail(tr("no session"));
    QTimer::singleShot(kStepTimeoutMs * 3, this, [this] { fail(tr("the key screenshots did not finish in time")); });
    pickUser();
}

void KeyScreenshots::later(std::function<void()> step)
{
    QTimer::singleShot(kSettleMs, this, [this, step] {
        if (!m_finished)
            step();
    });
}

void KeyScreenshots::waitIdleThen(std::function<void()> step)
{
    Session *s = m_window->session();
    const QList<Pane *> panes = m_window->panes();
    const bool busy = !s || s->pendingCount() > 0
                      || std::any_of(panes.cbegin(), panes.cend(), [](Pane *p) { return p->isBusy(); });
    if (!busy)
        return later(step);
    QTimer::singleShot(50, this, [this, step] {
        if (!m_finished)
            waitIdleThen(step);
    });
}

void KeyScreenshots::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    qCWarning(lcKeyShots) << "key screenshots failed:" << error;
    emit finished(false, error);
}

void KeyScreenshots::done()
{
    // Leave nothing behind in the keychain; the journal's directory goes with this object.
    for (const QString &entry : std::as_const(m_entries))
        m_secrets->remove(entry, nullptr, [](const SecretStore::Outcome &) {});
    m_finished = true;
    emit finished(true, {});
}

void KeyScreenshots::pickUser()
{
    m_window->session()->client()->listUsers(this, [this](const Result<QList<ApiUser>> &r) {
        if (!r.ok() || r.value->isEmpty())
            return fail(tr("no demo users: %1").arg(r.error.message()));
        for (const ApiUser &u : *r.value)
            if (u.isEnabled() && u.role() == QLatin1String("Trader")) {
                m_userId = u.id;
                break;
            }
        if (m_userId.isEmpty())
            m_userId = r.value->first().id;
        for (const ApiUser &u : *r.value)
            if (u.id == m_userId)
                m_userName = u.name;
        secretDialog();
    });
}

void KeyScreenshots::secretDialog()
{
    Session *s = m_window->session();
    auto *issuance = new KeyIssuance({s->client(), m_secrets.get(), nullptr, nullptr, profileOf(s)}, m_userId, this);
    connect(issuance, &KeyIssuance::finished, this, [this, issuance](KeyIssuance::Outcome outcome) {
        issuance->deleteLater();
        if (outcome != KeyIssuance::Outcome::Stored && outcome != KeyIssuance::Outcome::NotStored)
            return fail(tr("issuing a demo key failed: %1").arg(issuance->summary()));
        if (outcome == KeyIssuance::Outcome::Stored)
            m_entries << issuance->secretEntry();
        auto *dialog = new SecretRevealDialog(*issuance->key(), issuance->takeSecret(),
                                              {outcome == KeyIssuance::Outcome::Stored,
                                               issuance->storeOutcome().message, issuance->secretEntry()},
                                              m_window);
        // Masked, as the dialog opens: no secret in a screenshot, not even a sandbox one.
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        dialog->show();
        later([this, dialog] {
            m_save(QStringLiteral("secret-dialog"), dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
            dialog->accept();
            dialog->deleteLater();
            allowListEditor();
        });
    });
    issuance->start();
}

void KeyScreenshots::allowListEditor()
{
    m_window->session()->client()->listKeys(m_userId, this, [this](const Result<QList<ApiKey>> &r) {
        if (!r.ok() || r.value->isEmpty())
            return fail(tr("no demo keys: %1").arg(r.error.message()));
        ApiKey key = r.value->first();
        for (const ApiKey &k : *r.value)
            if (!k.whitelistedIps.isEmpty()) {
                key = k;
                break;
            }
        auto *editor = new IpAllowListEditor(key.id, key.whitelistedIps, m_window);
        // A realistic edit: one entry dropped, one range added, a typo and a repeat caught as typed.
        QStringList rows = key.whitelistedIps;
        if (rows.size() > 1)
            rows.removeLast();
        rows << QStringLiteral("2001:db8:4::/48") << QStringLiteral("198.51.100.300");
        if (!rows.isEmpty())
            rows << rows.first();
        editor->setRows(rows);
        editor->resize(640, 480);
        editor->show();
        later([this, editor, key] {
            m_save(QStringLiteral("allow-list-editor"), editor);
            editor->deleteLater();
            rotationWizard();
        });
    });
}

void KeyScreenshots::rotationWizard()
{
    Session *s = m_window->session();
    s->client()->listKeys(m_userId, this, [this, s](const Result<QList<ApiKey>> &r) {
        if (!r.ok() || r.value->isEmpty())
            return fail(tr("no demo keys: %1").arg(r.error.message()));
        QStringList ids;
        for (const ApiKey &k : *r.value)
            ids << k.id;
        auto *wizard = new RotationWizard({s->client(), m_secrets.get(), nullptr, nullptr, m_journal.get(), profileOf(s)},
                                          m_userId, r.value->first().id, ids, m_window);
        wizard->setUserName(m_userName);
        wizard->resize(680, 560);
        wizard->show();
        // Confirm the show-once step as a user would, then capture the finished rotation.
        auto *poll = new QTimer(wizard);
        connect(poll, &QTimer::timeout, this, [wizard] {
            if (SecretRevealDialog *d = wizard->secretDialog()) {
                d->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
                d->accept();
            }
        });
        poll->start(100);
        connect(wizard, &RotationWizard::resolved, this, [this, wizard, poll] {
            poll->stop();
            if (wizard->rotation() && wizard->rotation()->newKey())
                m_entries << profileOf(m_window->session()).userKeySecretEntry(m_userId, wizard->rotation()->newKey()->id);
            // Reload the panes behind so they show the new key, then capture.
            m_window->refreshAction()->trigger();
            waitIdleThen([this, wizard] {
                m_save(QStringLiteral("rotation-wizard"), wizard);
                wizard->deleteLater();
                done();
            });
        });
        wizard->start();
    });
}

} // namespace prime::ui
