#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace prime {

// The saved connection profiles, in an INI file shared by prime-admin and
// primectl (<GenericConfigLocation>/PrimeAdmin/profiles.ini). It holds names,
// URLs, public keys and looks, plus which Prime user keys have a secret in this
// keychain; never a secret. Every call reads or writes the file afresh, so the
// GUI and a script see each other's changes.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    struct UserKeyRef
    {
        QString userId;
        QString keyId;
        friend bool operator==(const UserKeyRef &, const UserKeyRef &) = default;
    };

    explicit ProfileStore(QString settingsPath = defaultSettingsPath(), QObject *parent = nullptr);
    static QString defaultSettingsPath();
    QString settingsPath() const { return m_path; }

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds or replaces the profile of that name after normalized() and checkSave().
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    // Empty when save() would accept the (normalized) profile: validate() plus "no
    // other profile uses this key on this server" (they would share a keychain entry).
    QString checkSave(const ConnectionProfile &profile) const;
    // Renames a profile; its keychain entries do not depend on the name.
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name);

    QString lastProfileName() const;
    void setLastProfileName(const QString &name);

    // Prime user keys whose secret this app stored under the profile.
    QList<UserKeyRef> userKeysWithSecret(const QString &profileName) const;
    bool hasUserKeySecret(const QString &profileName, const QString &userId, const QString &keyId) const;
    void addUserKeySecret(const QString &profileName, const QString &userId, const QString &keyId);
    void removeUserKeySecret(const QString &profileName, const QString &userId, const QString &keyId);

    // Trims pasted whitespace and newlines; lower-cases the colour.
    static ConnectionProfile normalized(ConnectionProfile profile);
    // Empty when the profile can be saved; otherwise what is wrong, in plain words.
    static QString validate(const ConnectionProfile &profile);
    static QString validateName(const QString &name);
    static QString validateApiKey(const QString &apiKey);

signals:
    void profilesChanged();

private:
    QString m_path;
};

} // namespace prime
