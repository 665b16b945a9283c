#include "RotationWizard.h"

#include "SecretRevealDialog.h"

#include <Format.h>
#include <MutationAudit.h>
#include <ProfileStore.h>
#include <RotationRecovery.h>
#include <SecretStore.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWizard, "prime.ui.rotation")

namespace prime::ui {

using Step = KeyRotation::Step;

namespace {
const QList<Step> kSteps{Step::ReadOldKey, Step::CreateKey, Step::KeepSecret, Step::CopyAllowList,
                         Step::RevokeOldKey, Step::ForgetOldSecret};

QString stepTitle(Step s)
{
    switch (s) {
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    case Step::ReadOldKey: return RotationWizard::tr("Read the old key and its allow-list");
    case Step::CreateKey: return RotationWizard::tr("Create the new key");
    case Step::KeepSecret: return RotationWizard::tr("Store and verify the new secret, show it once");
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    case Step::CopyAllowList: return RotationWizard::tr("Copy the allow-list to the new key");
    case Step::RevokeOldKey: return RotationWizard::tr("Revoke the old key");
    case Step::ForgetOldSecret: return RotationWizard::tr("Delete the old secret from the keychain");
    default: return {};
    }
}

// The journal names the step it stopped at by its stable id (KeyRotation::stepName);
// the user reads the step's title, as listed in the wizard.
QString journalStepTitle(const QString &stepId)
{
    for (Step s : kSteps) {
        if (KeyRotation::stepName(s) == stepId)
            return stepTitle(s);
    }
    return stepId;
}

QString operationOf(Step s)
{
    switch (s) {
    case Step::CreateKey: return QStringLiteral("CreatePrimeApiUserKey");
    case Step::CopyAllowList: return QStringLiteral("UpdatePrimeApiUserKey");
    case Step::RevokeOldKey: return QStringLiteral("DeletePrimeApiUserKey");
    default: return {};
    }
}
} // namespace

RotationWizard::RotationWizard(Services services, const QString &userId, const QString &oldKeyId,
                               const QStringList &keyIdsBefore, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_userId(userId), m_oldKeyId(oldKeyId),
      m_keyIdsBefore(keyIdsBefore)
{
    build();
    setUserName(userId);
    updateButtons();
}

void RotationWizard::setUserName(const QString &name)
{
    m_userName = name.isEmpty() ? m_userId : name;
    if (!m_recovery)
        m_intro->setText(tr("Replace key %1 of %2 with a new key. The old key is revoked only after the new "
                            "secret is safely stored.").arg(m_oldKeyId, m_userName));
}

RotationWizard::RotationWizard(Services services, const RotationRecord &record, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_userId(record.userId), m_oldKeyId(record.oldKeyId),
      m_keyIdsBefore(record.keyIdsBefore)
{
    build();
    m_intro->setText(tr("The rotation of key %1 of user %2 did not finish (stopped at “%3”, %4). "
                        "Check what happened, then resume or roll back.")
                         .arg(record.oldKeyId, record.userId, journalStepTitle(record.step),
                              models::formatTime(record.updatedAt.toMSecsSinceEpoch())));
    for (Step s : kSteps) {
        if (s == Step::ReadOldKey || (record.newSecretKept && s <= Step::KeepSecret)
            || (!record.newKeyId.isEmpty() && s == Step::CreateKey))
            setStepState(s, QStringLiteral("done"));
    }
    if (!record.lastError.isEmpty())
        appendLog(record.lastError, false);
    startRecovery(record);
}

RotationWizard::~RotationWizard() = default;

void RotationWizard::build()
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate API key"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Rotation steps"));
    m_steps->setAccessibleDescription(tr("The steps of the rotation and the state of each, in words"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("State")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->resizeSection(1, 110);
    for (Step s : kSteps) {
        auto *item = new QTreeWidgetItem(m_steps, {stepTitle(s), QString()});
        item->setData(0, Qt::UserRole, int(s));
    }
    for (Step s : kSteps)
        setStepState(s, QStringLiteral("waiting"));
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * int(kSteps.size() + 1) + 8);
    layout->addWidget(m_steps);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("journalView"));
    m_log->setAccessibleName(tr("Rotation journal"));
    m_log->setReadOnly(true);
    m_log->setTabChangesFocus(true);
    layout->addWidget(m_log, 1);

    m_recoveryText = new QLabel(this);
    m_recoveryText->setObjectName(QStringLiteral("recoveryLabel"));
    m_recoveryText->setWordWrap(true);
    m_recoveryText->setStyleSheet(QStringLiteral("QLabel { background: #fdebd0; padding: 6px; border-radius: 4px; }"));
    m_recoveryText->hide();
    layout->addWidget(m_recoveryText);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start rotation"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    m_start->setAccessibleDescription(tr("Creates the new key, stores its secret, copies the allow-list, then "
                                         "revokes the old key"));
    m_checkAgain = buttons->addButton(tr("Chec&k again"), QDialogButtonBox::ActionRole);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_rollBack = buttons->addButton(tr("Roll &back"), QDialogButtonBox::ActionRole);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setAccessibleDescription(tr("Revokes the new key and keeps the old one"));
    m_resume = buttons->addButton(tr("&Resume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setAccessibleDescription(tr("Finishes the rotation from where it stopped; the old key is revoked"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &RotationWizard::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        if (m_recovery)
            m_recovery->assess();
        updateButtons();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_recovery) {
            m_rollingBack = false;
            m_recovery->resume();
        }
        updateButtons();
    });
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (m_recovery) {
            m_rollingBack = true;
            m_recovery->rollBack();
        }
        updateButtons();
    });
}

QString RotationWizard::stepState(Step step) const
{
    const int i = int(kSteps.indexOf(step));
    return i < 0 ? QString() : m_steps->topLevelItem(i)->data(1, Qt::UserRole).toString();
}

void RotationWizard::setStepState(Step step, const QString &state)
{
    const int i = int(kSteps.indexOf(step));
    if (i < 0)
        return;
    QTreeWidgetItem *item = m_steps->topLevelItem(i);
    item->setData(1, Qt::UserRole, state);
    static const QHash<QString, QPair<QString, QString>> look{
        {QStringLiteral("waiting"), {tr("waiting"), QStringLiteral("#7f8c8d")}},
        {QStringLiteral("running"), {tr("running…"), QStringLiteral("#2471a3")}},
        {QStringLiteral("done"), {tr("✔ done"), QStringLiteral("#1e8449")}},
        {QStringLiteral("failed"), {tr("✘ failed"), QStringLiteral("#c0392b")}},
        {QStringLiteral("skipped"), {tr("not reached"), QStringLiteral("#7f8c8d")}},
    };
    const auto l = look.value(state);
    item->setText(1, l.first);
    item->setForeground(1, QColor(l.second));
}

void RotationWizard::appendLog(const QString &text, bool ok)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + (ok ? QString() : tr("⚠ "))
                           + text);
}

bool RotationWizard::isRunning() const
{
    return (m_rotation && m_rotation->outcome() == KeyRotation::Outcome::Running && m_rotation->step() != Step::Idle)
           || (m_recovery && m_recovery->isBusy());
}

void RotationWizard::updateButtons()
{
    const bool running = isRunning();
    const bool recovering = m_recovery && !m_resolved;
    m_start->setVisible(!recovering && !m_resolved);
    m_start->setEnabled(!running && !m_rotation);
    for (QPushButton *b : {m_resume, m_rollBack, m_checkAgain})
        b->setVisible(recovering);
    if (recovering) {
        const auto &a = m_recovery->assessment();
        m_resume->setEnabled(!running && a.canResume());
        m_rollBack->setEnabled(!running && a.canRollBack());
        m_checkAgain->setEnabled(!running);
    }
    // Closing mid-way is allowed (the journal keeps the state), but not while the secret is shown.
    m_close->setEnabled(!m_secretDialog);
}

void RotationWizard::start()
{
    if (m_rotation)
        return;
    m_rotation = new KeyRotation(
        m_services.client, m_userId, m_oldKeyId,
        [this](const CreatedKey &created, KeyRotation::Report done) { keepSecret(created, std::move(done)); },
        [this](const ApiKey &old, KeyRotation::Report done) { forgetOldSecret(old, std::move(done)); }, this);
    // The journal observes first, so its record is current when the wizard reacts.
    if (m_services.journal) {
        RotationRecord record;
        record.profile = m_services.profile.name;
        record.baseUrl = SecretStore::normalizedBaseUrl(m_services.profile.baseUrl);
        record.userId = m_userId;
        record.oldKeyId = m_oldKeyId;
        record.keyIdsBefore = m_keyIdsBefore;
        m_services.journal->track(m_rotation, record);
    }
    connect(m_rotation, &KeyRotation::stepChanged, this, &RotationWizard::onStep);
    connect(m_rotation, &KeyRotation::journalAppended, this,
            [this](const KeyRotation::JournalEntry &e) { appendLog(e.text, e.ok); });
    connect(m_rotation, &KeyRotation::finished, this, &RotationWizard::onFinished);
    for (Step s : kSteps)
        setStepState(s, QStringLiteral("waiting"));
    m_rotation->start();
    updateButtons();
}

void RotationWizard::onStep(Step step)
{
    if (m_lastStep != Step::Idle && step != Step::Finished) {
        setStepState(m_lastStep, QStringLiteral("done"));
        auditStep(m_lastStep, nullptr);
    }
    if (step != Step::Finished) {
        setStepState(step, QStringLiteral("running"));
        m_lastStep = step;
    }
    updateButtons();
}

void RotationWizard::auditStep(Step step, const PrimeError *error)
{
    const QString op = operationOf(step);
    if (op.isEmpty())
        return;
    QStringList targets{m_userId};
    if (step == Step::RevokeOldKey)
        targets << m_oldKeyId;
    else if (m_rotation && m_rotation->newKey())
        targets << m_rotation->newKey()->id;
    auditMutation(m_services.audit, m_services.profile.name, op, targets, error, QStringLiteral("key rotation"));
}

void RotationWizard::onFinished(KeyRotation::Outcome outcome)
{
    if (outcome == KeyRotation::Outcome::Completed) {
        setStepState(m_lastStep, QStringLiteral("done"));
        auditStep(m_lastStep, nullptr);
        appendLog(tr("The rotation is complete: key %1 replaces key %2.")
                      .arg(m_rotation->newKey()->id, m_oldKeyId));
        m_resolved = true;
        emit keysChanged(m_userId);
        emit resolved();
        updateButtons();
        return;
    }
    setStepState(m_lastStep, QStringLiteral("failed"));
    auditStep(m_lastStep, &m_rotation->error());
    for (Step s : kSteps)
        if (stepState(s) == QLatin1String("waiting"))
            setStepState(s, QStringLiteral("skipped"));
    emit keysChanged(m_userId);
    // The journal kept the record unless nothing was created; recover from it.
    RotationRecord probe;
    probe.profile = m_services.profile.name;
    probe.baseUrl = SecretStore::normalizedBaseUrl(m_services.profile.baseUrl);
    probe.userId = m_userId;
    probe.oldKeyId = m_oldKeyId;
    if (m_services.journal) {
        for (const RotationRecord &r : m_services.journal->records())
            if (r.id() == probe.id())
                return startRecovery(r);
    }
    appendLog(tr("Nothing was changed: the old key is untouched."), false);
    updateButtons();
}

void RotationWizard::startRecovery(const RotationRecord &record)
{
    delete m_recovery;
    m_recovery = new RotationRecovery({m_services.client, m_services.secrets, m_services.profiles,
                                       m_services.audit, m_services.journal, m_services.profile},
                                      record, this);
    connect(m_recovery, &RotationRecovery::progress, this, [this](const QString &t) { appendLog(t); });
    connect(m_recovery, &RotationRecovery::assessed, this, [this] {
        m_recoveryText->setText(m_recovery->describe());
        m_recoveryText->show();
        updateButtons();
    });
    connect(m_recovery, &RotationRecovery::finished, this, [this](bool ok) {
        emit keysChanged(m_userId);
        if (!ok)
            return updateButtons();
        m_recoveryText->setText(tr("Resolved. %1").arg(m_log->toPlainText().section(QLatin1Char('\n'), -1)));
        const bool resumed = !m_rollingBack;
        m_rollingBack = false;
        // After a roll-back the old key still works; a fresh rotation can start right away.
        delete m_rotation;
        m_lastStep = Step::Idle;
        m_resolved = resumed;
        if (resumed) {
            for (Step s : kSteps)
                setStepState(s, QStringLiteral("done"));
            emit resolved();
        } else {
            m_recovery->deleteLater();
            m_recovery = nullptr;
            for (Step s : kSteps)
                setStepState(s, QStringLiteral("waiting"));
            m_intro->setText(tr("Rolled back: key %1 still works. Start the rotation again when ready.").arg(m_oldKeyId));
        }
        updateButtons();
    });
    m_recovery->assess();
    updateButtons();
}

void RotationWizard::keepSecret(const CreatedKey &created, KeyRotation::Report done)
{
    const QString entry = m_services.profile.userKeySecretEntry(m_userId, created.key.id);
    const ApiKey key = created.key;
    const SecretBytes secret = created.secret;
    m_services.secrets->write(entry, secret, this, [this, key, secret, entry, done](const SecretStore::Outcome &o) {
        if (o.ok() && m_services.profiles)
            m_services.profiles->addUserKeySecret(m_services.profile.name, m_userId, key.id);
        appendLog(o.ok() ? tr("The new secret is in the keychain (read back and compared).")
                         : tr("The keychain did not keep the new secret: %1").arg(o.message),
                  o.ok());
        m_secretDialog = new SecretRevealDialog(key, secret, {o.ok(), o.message, entry}, this);
        m_secretDialog->setAttribute(Qt::WA_DeleteOnClose);
        const bool stored = o.ok();
        connect(m_secretDialog, &SecretRevealDialog::closedWith, this, [this, stored, done](bool confirmed) {
            m_secretDialog = nullptr;
            updateButtons();
            // Without the keychain the user's confirmation is the only proof the secret is kept.
            if (stored || confirmed)
                done({});
            else
                done(tr("the new secret was neither stored in the keychain nor confirmed as stored"));
        });
        m_secretDialog->open();
        updateButtons();
    });
}

void RotationWizard::forgetOldSecret(const ApiKey &oldKey, KeyRotation::Report done)
{
    m_services.secrets->remove(m_services.profile.userKeySecretEntry(m_userId, oldKey.id), this,
                               [this, id = oldKey.id, done](const SecretStore::Outcome &o) {
                                   if (o.ok() && m_services.profiles)
                                       m_services.profiles->removeUserKeySecret(m_services.profile.name, m_userId, id);
                                   done(o.ok() ? QString() : o.message);
                               });
}

} // namespace prime::ui
