#include "profiles/profilestore.h"

#include <memory>

#include <QPointer>
#include <QSettings>
#include <QUuid>

#include "profiles/secretstore.h"

namespace cs::ui {

namespace {

const QString kGroup = QStringLiteral("connectionProfiles");

} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    load();
}

QString ProfileStore::connectPasswordKey(const QString &id)
{
    return QStringLiteral("profile/%1/connect-password").arg(id);
}

QString ProfileStore::saslPasswordKey(const QString &id)
{
    return QStringLiteral("profile/%1/sasl-password").arg(id);
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        if (p.id.isEmpty())
            continue;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.connectUrl = QUrl(m_settings->value(QStringLiteral("connectUrl")).toString());
        p.connectUser = m_settings->value(QStringLiteral("connectUser")).toString();
        p.bootstrapServers = m_settings->value(QStringLiteral("bootstrapServers")).toString();
        p.securityProtocol
            = m_settings->value(QStringLiteral("securityProtocol"), QStringLiteral("PLAINTEXT")).toString();
        p.saslMechanism
            = m_settings->value(QStringLiteral("saslMechanism"), QStringLiteral("PLAIN")).toString();
        p.saslUsername = m_settings->value(QStringLiteral("saslUsername")).toString();
        p.sslCaLocation = m_settings->value(QStringLiteral("sslCaLocation")).toString();
        p.hasConnectPassword = m_settings->value(QStringLiteral("hasConnectPassword"), false).toBool();
        p.hasSaslPassword = m_settings->value(QStringLiteral("hasSaslPassword"), false).toBool();
        m_profiles.append(p);
    }
    m_settings->endArray();
}

void ProfileStore::store()
{
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("connectUrl"), p.connectUrl.toString());
        m_settings->setValue(QStringLiteral("connectUser"), p.connectUser);
        m_settings->setValue(QStringLiteral("bootstrapServers"), p.bootstrapServers);
        m_settings->setValue(QStringLiteral("securityProtocol"), p.securityProtocol);
        m_settings->setValue(QStringLiteral("saslMechanism"), p.saslMechanism);
        m_settings->setValue(QStringLiteral("saslUsername"), p.saslUsername);
        m_settings->setValue(QStringLiteral("sslCaLocation"), p.sslCaLocation);
        m_settings->setValue(QStringLiteral("hasConnectPassword"), p.hasConnectPassword);
        m_settings->setValue(QStringLiteral("hasSaslPassword"), p.hasSaslPassword);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT profilesChanged();
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    for (const auto &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::updateSecret(const QString &id, const QString &key, const SecretChange &change,
    bool ConnectionProfile::*flag, std::function<void(const QString &)> next)
{
    if (!change) {
        next({});
        return;
    }
    QPointer<ProfileStore> self(this);
    auto finish = [self, id, flag, next, remove = change->isEmpty()](const SecretStore::Result &result) {
        if (!self)
            return;
        // A secret that is gone counts as removed; anything else that failed leaves the flag saying
        // what the keychain really holds.
        const bool ok = result.ok() || (remove && result.status == SecretStore::Status::NotFound);
        for (auto &p : self->m_profiles) {
            if (p.id == id && ok && p.*flag != !remove) {
                p.*flag = !remove;
                self->store();
            }
        }
        next(ok ? QString() : result.error);
    };
    if (change->isEmpty())
        m_secrets->remove(key, finish, this);
    else
        m_secrets->write(key, *change, finish, this);
}

QString ProfileStore::save(
    ConnectionProfile profile, SecretChange connectPassword, SecretChange saslPassword, Done done)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = profile.id;
    // The flags follow the keychain, not the form: keep the stored ones until a write succeeds.
    if (const auto old = this->profile(id)) {
        profile.hasConnectPassword = old->hasConnectPassword;
        profile.hasSaslPassword = old->hasSaslPassword;
    } else {
        profile.hasConnectPassword = false;
        profile.hasSaslPassword = false;
    }
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const auto &p) { return p.id == id; });
    if (it == m_profiles.end())
        m_profiles.append(profile);
    else
        *it = profile;
    store();

    QPointer<ProfileStore> self(this);
    updateSecret(id, connectPasswordKey(id), connectPassword, &ConnectionProfile::hasConnectPassword,
        [self, id, saslPassword, done](const QString &connectError) {
            if (!self)
                return;
            self->updateSecret(id, saslPasswordKey(id), saslPassword, &ConnectionProfile::hasSaslPassword,
                [connectError, done](const QString &saslError) {
                    if (!done)
                        return;
                    QStringList errors;
                    if (!connectError.isEmpty())
                        errors.append(connectError);
                    if (!saslError.isEmpty() && saslError != connectError)
                        errors.append(saslError);
                    done(errors.isEmpty()
                            ? QString()
                            : tr("The profile was saved, but not its password: %1").arg(errors.join(u' ')));
                });
        });
    return id;
}

void ProfileStore::remove(const QString &id, Done done)
{
    const auto old = profile(id);
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    store();
    if (!old) {
        if (done)
            done({});
        return;
    }
    // Remove both secrets even when the flags say none was stored: a flag can be stale.
    auto errors = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(2);
    auto finish = [errors, remaining, done](const SecretStore::Result &result) {
        if (!result.ok() && result.status != SecretStore::Status::NotFound)
            errors->append(result.error);
        if (--*remaining == 0 && done)
            done(errors->isEmpty() ? QString() : errors->join(u' '));
    };
    m_secrets->remove(connectPasswordKey(id), finish, this);
    m_secrets->remove(saslPasswordKey(id), finish, this);
}

void ProfileStore::resolve(const QString &id, Resolved done, QObject *context)
{
    const auto p = profile(id);
    if (!p) {
        done({}, tr("There is no connection profile with id %1.").arg(id));
        return;
    }
    struct State
    {
        QString connectPassword;
        QString saslPassword;
        QStringList errors;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->remaining = (p->hasConnectPassword ? 1 : 0) + (p->hasSaslPassword ? 1 : 0);
    const bool guarded = context != nullptr;
    QPointer<QObject> guard(context);
    auto finishIfDone = [state, profile = *p, done, guarded, guard] {
        if (state->remaining > 0 || (guarded && !guard))
            return;
        done(targetOf(profile, state->connectPassword, state->saslPassword), state->errors.join(u' '));
    };
    if (state->remaining == 0) {
        finishIfDone();
        return;
    }
    if (p->hasConnectPassword) {
        m_secrets->read(
            connectPasswordKey(id),
            [state, finishIfDone](const SecretStore::Result &r) {
                if (r.ok())
                    state->connectPassword = r.secret;
                else
                    state->errors.append(r.error);
                --state->remaining;
                finishIfDone();
            },
            this);
    }
    if (p->hasSaslPassword) {
        m_secrets->read(
            saslPasswordKey(id),
            [state, finishIfDone](const SecretStore::Result &r) {
                if (r.ok())
                    state->saslPassword = r.secret;
                else
                    state->errors.append(r.error);
                --state->remaining;
                finishIfDone();
            },
            this);
    }
}

Endpoints::Target ProfileStore::targetOf(
    const ConnectionProfile &profile, const QString &connectPassword, const QString &saslPassword)
{
    Endpoints::Target target;
    target.name = profile.name;
    target.connectUrl = profile.connectUrl;
    target.connectUser = profile.connectUser;
    target.connectPassword = connectPassword;
    target.bootstrapServers = profile.bootstrapServers;
    target.embedded = false;
    // librdkafka's names for the security settings.
    if (!profile.securityProtocol.isEmpty() && profile.securityProtocol != QLatin1String("PLAINTEXT"))
        target.kafkaConfig.insert(QStringLiteral("security.protocol"), profile.securityProtocol.toLower());
    if (profile.usesSasl()) {
        target.kafkaConfig.insert(QStringLiteral("sasl.mechanisms"), profile.saslMechanism);
        target.kafkaConfig.insert(QStringLiteral("sasl.username"), profile.saslUsername);
        target.kafkaConfig.insert(QStringLiteral("sasl.password"), saslPassword);
    }
    if (profile.usesSsl() && !profile.sslCaLocation.isEmpty())
        target.kafkaConfig.insert(QStringLiteral("ssl.ca.location"), profile.sslCaLocation);
    return target;
}

} // namespace cs::ui
