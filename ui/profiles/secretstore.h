#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

namespace cs::ui {

// Stores secrets (database passwords, Connect basic-auth and SASL passwords) in the OS keychain
// through QtKeychain, service "connect-studio", and nowhere else: when no keychain is available
// (no Secret Service on the session bus, no KWallet) the operation fails with a message saying so
// and nothing is written to any file. Every call returns at once; the callback runs later on the
// store's thread (the GUI thread). Destroying the store drops callbacks still pending.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound, // read/remove: no secret under that key
        NoKeychain, // no keychain service is reachable; the user has to start one
        Denied, // the user or the keychain refused access (e.g. a locked keyring)
        Failed // anything else; `error` tells what
    };

    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString error; // translated, for the user; empty when ok. Never contains the secret.
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    // `service` names the keychain entries' owner; tests pass their own to stay apart.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    // `context`, when given, guards the callback: it is not called once `context` is destroyed.
    void write(const QString &key, const QString &secret, Callback done, QObject *context = nullptr);
    void read(const QString &key, Callback done, QObject *context = nullptr);
    void remove(const QString &key, Callback done, QObject *context = nullptr);

private:
    QString m_service;
};

} // namespace cs::ui
