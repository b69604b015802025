#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace cs::ui {

namespace {

SecretStore::Result resultOf(const QKeychain::Job *job, const QString &key)
{
    SecretStore::Result result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.error
            = QCoreApplication::translate("SecretStore", "The keychain holds no secret for %1.").arg(key);
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretStore::Status::Denied;
        result.error = QCoreApplication::translate(
            "SecretStore", "The keychain refused access to the secret for %1 (is it locked?): %2")
                           .arg(key, detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretStore::Status::Failed;
        break;
    }
    // QtKeychain reports a missing Secret Service / KWallet on the session bus as OtherError with
    // a D-Bus message; tell the user what to do instead of only showing that message.
    const bool noService = detail.contains(QLatin1String("org.freedesktop.secrets"))
        || detail.contains(QLatin1String("ServiceUnknown")) || detail.contains(QLatin1String("kwallet"))
        || detail.contains(QLatin1String("DBus")) || detail.contains(QLatin1String("D-Bus"))
        || detail.contains(QLatin1String("dbus"));
    if (result.status == SecretStore::Status::NoKeychain || noService) {
        result.status = SecretStore::Status::NoKeychain;
        result.error = QCoreApplication::translate("SecretStore",
            "No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running "
            "on the session bus), so the secret for %1 was not stored or read. Start a keychain and "
            "try again; secrets are never written to the settings file. (%2)")
                           .arg(key, detail);
    } else {
        result.error
            = QCoreApplication::translate("SecretStore", "The keychain failed for %1: %2").arg(key, detail);
    }
    return result;
}

// Runs `job` and calls `done` with its outcome, unless `context` was given and is gone.
void run(
    QKeychain::Job *job, const QString &key, QObject *context, SecretStore::Callback done, bool withSecret)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    const bool guarded = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [key, guarded, guard, done = std::move(done), withSecret](QKeychain::Job *finished) {
            if (guarded && !guard)
                return;
            SecretStore::Result result = resultOf(finished, key);
            if (withSecret && result.ok())
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            if (done)
                done(result);
        });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral("connect-studio"), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void SecretStore::write(const QString &key, const QString &secret, Callback done, QObject *context)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    run(job, key, context, std::move(done), false);
}

void SecretStore::read(const QString &key, Callback done, QObject *context)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, context, std::move(done), true);
}

void SecretStore::remove(const QString &key, Callback done, QObject *context)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, context, std::move(done), false);
}

} // namespace cs::ui
