#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "endpoints.h"

class QSettings;

namespace cs::ui {

class SecretStore;

// A saved connection: a Kafka Connect REST URL and a Kafka bootstrap, with their security
// settings. Holds no secret: the passwords live in the keychain, and the flags only say whether
// one was stored.
struct ConnectionProfile
{
    QString id; // stable key (a UUID), never shown
    QString name;
    QUrl connectUrl; // e.g. https://connect.example.com:8083
    QString connectUser; // HTTP basic auth user; empty = none
    QString bootstrapServers; // e.g. kafka1:9092,kafka2:9092
    QString securityProtocol = QStringLiteral("PLAINTEXT"); // PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
    QString saslMechanism = QStringLiteral("PLAIN"); // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString saslUsername;
    QString sslCaLocation; // PEM file of the CA, for SSL and SASL_SSL; empty = system store
    bool hasConnectPassword = false; // a password is in the keychain
    bool hasSaslPassword = false;

    bool usesSasl() const { return securityProtocol.startsWith(QLatin1String("SASL")); }
    bool usesSsl() const { return securityProtocol.endsWith(QLatin1String("SSL")); }
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The saved connection profiles: everything but secrets in the injected QSettings (group
// "connectionProfiles"), the Connect basic-auth password and the SASL password only through
// SecretStore (keys "profile/<id>/connect-password" and "profile/<id>/sasl-password"). Calls that
// touch the keychain return at once and answer through their callback. GUI thread only.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    // For each secret: nullopt leaves the stored one as it is, an empty string removes it.
    using SecretChange = std::optional<QString>;
    using Done = std::function<void(const QString &error)>; // error empty on success, translated
    using Resolved = std::function<void(const Endpoints::Target &target, const QString &error)>;

    ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;

    // Adds (empty id: one is made) or replaces a profile, then stores or removes its secrets.
    // Returns the profile's id. When the keychain fails, the profile is kept without that secret
    // and `done` says so.
    QString save(
        ConnectionProfile profile, SecretChange connectPassword, SecretChange saslPassword, Done done = {});
    // Removes the profile and its secrets.
    void remove(const QString &id, Done done = {});
    // The profile as the views use it, with its secrets read from the keychain. When a secret
    // cannot be read the target comes without it and `error` says why.
    void resolve(const QString &id, Resolved done, QObject *context = nullptr);

    // The target for a profile and its secrets: librdkafka properties for the security settings.
    static Endpoints::Target targetOf(
        const ConnectionProfile &profile, const QString &connectPassword, const QString &saslPassword);
    static QString connectPasswordKey(const QString &id);
    static QString saslPasswordKey(const QString &id);

Q_SIGNALS:
    void profilesChanged();

private:
    void load();
    void store();
    void updateSecret(const QString &id, const QString &key, const SecretChange &change,
        bool ConnectionProfile::*flag, std::function<void(const QString &)> next);

    QSettings *m_settings;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles;
};

} // namespace cs::ui
