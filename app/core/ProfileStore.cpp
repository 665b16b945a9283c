#include "ProfileStore.h"

#include "Credentials.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace prime {

namespace {
const QString kProfiles = QStringLiteral("profiles");

// Group names are percent-encoded so that any valid profile name is one group.
QString groupOf(const QString &name)
{
    return kProfiles + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString userKeyToken(const QString &userId, const QString &keyId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId)) + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
}

ConnectionProfile readProfile(QSettings &s, const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = QUrl(s.value(QStringLiteral("baseUrl")).toString());
    p.apiKey = s.value(QStringLiteral("apiKey")).toString();
    p.requiresOtp = s.value(QStringLiteral("requiresOtp"), false).toBool();
    p.label = s.value(QStringLiteral("label")).toString();
    p.production = s.value(QStringLiteral("production"), true).toBool();
    p.colour = s.value(QStringLiteral("colour"), ConnectionProfile::defaultColour(p.production)).toString();
    return p;
}
} // namespace

ProfileStore::ProfileStore(QString settingsPath, QObject *parent)
    : QObject(parent), m_path(std::move(settingsPath))
{
}

QString ProfileStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/PrimeAdmin/profiles.ini");
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(kProfiles);
    const QStringList groups = s.childGroups();
    s.endGroup();
    QList<ConnectionProfile> result;
    for (const QString &group : groups) {
        const QString name = QUrl::fromPercentEncoding(group.toLatin1());
        s.beginGroup(groupOf(name));
        result.append(readProfile(s, name));
        s.endGroup();
    }
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(kProfiles);
    const bool exists = !name.isEmpty()
                        && s.childGroups().contains(QString::fromLatin1(QUrl::toPercentEncoding(name)));
    s.endGroup();
    if (!exists)
        return std::nullopt;
    s.beginGroup(groupOf(name));
    return readProfile(s, name);
}

ConnectionProfile ProfileStore::normalized(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    profile.apiKey = profile.apiKey.trimmed();
    profile.label = profile.label.trimmed();
    profile.colour = profile.colour.trimmed().toLower();
    if (profile.colour.isEmpty())
        profile.colour = ConnectionProfile::defaultColour(profile.production);
    return profile;
}

QString ProfileStore::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name.size() > 64)
        return tr("A profile name has at most 64 characters.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == u'/' || c == u'\\')
            return tr("A profile name cannot contain '/', '\\' or control characters.");
    }
    return {};
}

QString ProfileStore::validateApiKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return tr("The API key (the public half) is missing.");
    if (apiKey.size() > 256)
        return tr("The API key is too long to be a Kraken API key.");
    for (const QChar c : apiKey) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("The API key contains spaces or characters that a Kraken API key never has; "
                      "copy it again from Kraken.");
    }
    return {};
}

QString ProfileStore::validate(const ConnectionProfile &profile)
{
    if (QString e = validateName(profile.name); !e.isEmpty())
        return e;
    if (QString e = checkBaseUrl(profile.baseUrl); !e.isEmpty())
        return e;
    if (QString e = validateApiKey(profile.apiKey); !e.isEmpty())
        return e;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(profile.colour).hasMatch())
        return tr("The colour \"%1\" is not of the form #rrggbb.").arg(profile.colour);
    if (profile.label.size() > 64)
        return tr("A label has at most 64 characters.");
    return {};
}

QString ProfileStore::checkSave(const ConnectionProfile &input) const
{
    const ConnectionProfile p = normalized(input);
    if (QString problem = validate(p); !problem.isEmpty())
        return problem;
    // Two profiles on one key would share one keychain entry: removing one would
    // take the other's secret with it.
    const QString url = SecretStore::normalizedBaseUrl(p.baseUrl);
    for (const ConnectionProfile &other : profiles()) {
        if (other.name != p.name && other.apiKey == p.apiKey
            && SecretStore::normalizedBaseUrl(other.baseUrl) == url)
            return tr("The profile \"%1\" already uses this API key on %2.").arg(other.name, url);
    }
    return {};
}

bool ProfileStore::save(const ConnectionProfile &input, QString *error)
{
    const ConnectionProfile p = normalized(input);
    const QString problem = checkSave(p);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(groupOf(p.name));
    s.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString(QUrl::FullyEncoded));
    s.setValue(QStringLiteral("apiKey"), p.apiKey);
    s.setValue(QStringLiteral("secretEntry"), p.secretEntry()); // a reference, not the secret
    s.setValue(QStringLiteral("requiresOtp"), p.requiresOtp);
    s.setValue(QStringLiteral("label"), p.label);
    s.setValue(QStringLiteral("colour"), p.colour);
    s.setValue(QStringLiteral("production"), p.production);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (error)
            *error = tr("Could not write the profiles file %1.").arg(m_path);
        return false;
    }
    emit profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    std::optional<ConnectionProfile> p = profile(from);
    QString problem;
    if (!p)
        problem = tr("There is no profile named \"%1\".").arg(from);
    else if (from != to && profile(to))
        problem = tr("A profile named \"%1\" exists already.").arg(to);
    else if (QString e = validateName(to); !e.isEmpty())
        problem = e;
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    if (from == to)
        return true;
    const QList<UserKeyRef> userKeys = userKeysWithSecret(from);
    const bool wasLast = lastProfileName() == from;
    const ConnectionProfile original = *p;
    p->name = to;
    {
        // The old group goes first: otherwise the new one would "share" its key.
        QSettings s(m_path, QSettings::IniFormat);
        s.remove(groupOf(from));
    }
    if (!save(*p, error)) {
        save(original);
        for (const UserKeyRef &ref : userKeys)
            addUserKeySecret(from, ref.userId, ref.keyId);
        return false;
    }
    for (const UserKeyRef &ref : userKeys)
        addUserKeySecret(to, ref.userId, ref.keyId);
    if (wasLast)
        setLastProfileName(to);
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (!profile(name))
        return false;
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(groupOf(name));
    if (s.value(QStringLiteral("lastProfile")).toString() == name)
        s.remove(QStringLiteral("lastProfile"));
    s.sync();
    emit profilesChanged();
    return s.status() == QSettings::NoError;
}

QString ProfileStore::lastProfileName() const
{
    QSettings s(m_path, QSettings::IniFormat);
    return s.value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastProfileName(const QString &name)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(QStringLiteral("lastProfile"), name);
}

QList<ProfileStore::UserKeyRef> ProfileStore::userKeysWithSecret(const QString &profileName) const
{
    QSettings s(m_path, QSettings::IniFormat);
    const QStringList tokens = s.value(groupOf(profileName) + QStringLiteral("/userKeySecrets")).toStringList();
    QList<UserKeyRef> refs;
    for (const QString &token : tokens) {
        const qsizetype slash = token.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue;
        refs.append({QUrl::fromPercentEncoding(token.left(slash).toLatin1()),
                     QUrl::fromPercentEncoding(token.mid(slash + 1).toLatin1())});
    }
    return refs;
}

bool ProfileStore::hasUserKeySecret(const QString &profileName, const QString &userId,
                                    const QString &keyId) const
{
    return userKeysWithSecret(profileName).contains(UserKeyRef{userId, keyId});
}

void ProfileStore::addUserKeySecret(const QString &profileName, const QString &userId,
                                    const QString &keyId)
{
    if (!profile(profileName))
        return;
    QSettings s(m_path, QSettings::IniFormat);
    const QString key = groupOf(profileName) + QStringLiteral("/userKeySecrets");
    QStringList tokens = s.value(key).toStringList();
    const QString token = userKeyToken(userId, keyId);
    if (!tokens.contains(token)) {
        tokens.append(token);
        s.setValue(key, tokens);
        emit profilesChanged();
    }
}

void ProfileStore::removeUserKeySecret(const QString &profileName, const QString &userId,
                                       const QString &keyId)
{
    QSettings s(m_path, QSettings::IniFormat);
    const QString key = groupOf(profileName) + QStringLiteral("/userKeySecrets");
    QStringList tokens = s.value(key).toStringList();
    if (tokens.removeAll(userKeyToken(userId, keyId)) > 0) {
        if (tokens.isEmpty())
            s.remove(key);
        else
            s.setValue(key, tokens);
        emit profilesChanged();
    }
}

} // namespace prime
