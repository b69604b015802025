#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "endpoints.h"
#include "profiles/profilesdialog.h"
#include "profiles/profilestore.h"
#include "profiles/profileswitcher.h"
#include "profiles/secretstore.h"

using cs::ui::ConnectionProfile;
using cs::ui::Endpoints;
using cs::ui::ProfileStore;
using cs::ui::SecretStore;

// Connection profiles round trip: settings in an INI file, secrets only in the keychain. Needs a
// Secret Service (ctest runs under dbus-run-session with gnome-keyring-daemon, see
// packaging/bootstrap.sh); without one it checks that the secrets are refused, not written to the file.
class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    static QString waitDone(const std::function<void(ProfileStore::Done)> &call)
    {
        std::optional<QString> error;
        call([&](const QString &e) { error = e; });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
            qFatal("profile store call did not finish");
        return *error;
    }
    static QByteArray fileContents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void roundTripKeepsSecretsOutOfTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("studio.ini"));
        const QString connectSecret = QStringLiteral("connect-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString saslSecret = QStringLiteral("sasl-") + QUuid::createUuid().toString(QUuid::Id128);
        SecretStore secrets(QStringLiteral("connect-studio-test"));

        ConnectionProfile p;
        p.name = QStringLiteral("Staging");
        p.connectUrl = QUrl(QStringLiteral("https://connect.staging.example:8083"));
        p.connectUser = QStringLiteral("admin");
        p.bootstrapServers = QStringLiteral("kafka1:9093,kafka2:9093");
        p.securityProtocol = QStringLiteral("SASL_SSL");
        p.saslMechanism = QStringLiteral("SCRAM-SHA-512");
        p.saslUsername = QStringLiteral("studio");
        p.sslCaLocation = QStringLiteral("/etc/ssl/staging-ca.pem");

        QString id;
        QString error;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            error = waitDone([&](auto done) { id = store.save(p, connectSecret, saslSecret, done); });
            QVERIFY(!id.isEmpty());
            QVERIFY(changed.size() >= 1);
        }
        const QByteArray file = fileContents(ini);
        QVERIFY(file.contains("connect.staging.example"));
        QVERIFY(file.contains("SCRAM-SHA-512"));
        QVERIFY2(!file.contains(connectSecret.toUtf8()), "the Connect password is in the settings file");
        QVERIFY2(!file.contains(saslSecret.toUtf8()), "the SASL password is in the settings file");
        QVERIFY(!file.contains("connect-.") && !file.contains("sasl-{"));

        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile loaded = store.profiles().first();
        QCOMPARE(loaded.id, id);
        QCOMPARE(loaded.name, p.name);
        QCOMPARE(loaded.connectUrl, p.connectUrl);
        QCOMPARE(loaded.bootstrapServers, p.bootstrapServers);
        QCOMPARE(loaded.securityProtocol, p.securityProtocol);
        QCOMPARE(loaded.saslMechanism, p.saslMechanism);
        QCOMPARE(loaded.saslUsername, p.saslUsername);
        QCOMPARE(loaded.sslCaLocation, p.sslCaLocation);

        const bool keychain = error.isEmpty();
        if (!keychain) {
            // Only a missing keychain may skip this test; a locked or failing one is a failure.
            QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                    || error.contains(QLatin1String("No keychain is available")),
                qPrintable(error));
            // No keychain: the user is told and the profile has no stored secret.
            QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
            QVERIFY(!error.contains(connectSecret));
            QVERIFY(!loaded.hasConnectPassword);
            QVERIFY(!loaded.hasSaslPassword);
            QSKIP("no Secret Service on the session bus: run under dbus-run-session with gnome-keyring");
        }
        QVERIFY(loaded.hasConnectPassword);
        QVERIFY(loaded.hasSaslPassword);

        // The secrets are in the keychain under the profile's keys.
        std::optional<SecretStore::Result> read;
        secrets.read(ProfileStore::connectPasswordKey(id), [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20000));
        QCOMPARE(read->secret, connectSecret);

        // Switching to the profile sets the endpoints, secrets included.
        Endpoints endpoints;
        cs::ui::ProfileSwitcher switcher(&endpoints, &store);
        auto *combo = switcher.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QVERIFY(combo);
        QCOMPARE(combo->itemText(0), QStringLiteral("Embedded lab"));
        QCOMPARE(combo->itemText(1), QStringLiteral("Staging"));
        QSignalSpy switched(&switcher, &cs::ui::ProfileSwitcher::switched);
        switcher.choose(id);
        QVERIFY(switched.wait(20000));
        const Endpoints::Target &target = endpoints.current();
        QCOMPARE(target.name, QStringLiteral("Staging"));
        QVERIFY(!target.embedded);
        QCOMPARE(target.connectUrl, p.connectUrl);
        QCOMPARE(target.connectUser, QStringLiteral("admin"));
        QCOMPARE(target.connectPassword, connectSecret);
        QCOMPARE(target.bootstrapServers, p.bootstrapServers);
        QCOMPARE(target.kafkaConfig.value(QStringLiteral("security.protocol")), QStringLiteral("sasl_ssl"));
        QCOMPARE(
            target.kafkaConfig.value(QStringLiteral("sasl.mechanisms")), QStringLiteral("SCRAM-SHA-512"));
        QCOMPARE(target.kafkaConfig.value(QStringLiteral("sasl.username")), QStringLiteral("studio"));
        QCOMPARE(target.kafkaConfig.value(QStringLiteral("sasl.password")), saslSecret);
        QCOMPARE(target.kafkaConfig.value(QStringLiteral("ssl.ca.location")), p.sslCaLocation);

        // Back to the lab, which the Lab view had set before.
        switcher.choose(QString());
        QVERIFY(endpoints.current().embedded);
        QCOMPARE(endpoints.current().connectUrl, QUrl(QStringLiteral("http://127.0.0.1:8083")));

        // Editing without touching the password keeps it; "forget" (empty) removes it.
        ConnectionProfile edited = loaded;
        edited.name = QStringLiteral("Staging 2");
        QCOMPARE(
            waitDone([&](auto done) { store.save(edited, std::nullopt, std::nullopt, done); }), QString());
        QVERIFY(store.profile(id)->hasConnectPassword);
        QCOMPARE(waitDone([&](auto done) { store.save(edited, QString(), std::nullopt, done); }), QString());
        QVERIFY(!store.profile(id)->hasConnectPassword);
        QVERIFY(store.profile(id)->hasSaslPassword);
        read.reset();
        secrets.read(ProfileStore::connectPasswordKey(id), [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20000));
        QCOMPARE(read->status, SecretStore::Status::NotFound);

        // Deleting the profile removes its remaining secret.
        QCOMPARE(waitDone([&](auto done) { store.remove(id, done); }), QString());
        QVERIFY(store.profiles().isEmpty());
        read.reset();
        secrets.read(ProfileStore::saslPasswordKey(id), [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20000));
        QCOMPARE(read->status, SecretStore::Status::NotFound);
        settings.sync();
        QVERIFY(!fileContents(ini).contains(saslSecret.toUtf8()));
    }

    void dialogSavesThroughTheStoreAndNeverShowsASecret()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("dialog.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("connect-studio-test"));
        ProfileStore store(&settings, &secrets);
        cs::ui::ProfilesDialog dialog(&store);
        auto edit = [&](const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); };
        auto button = [&](const char *name) { return dialog.findChild<QPushButton *>(QLatin1String(name)); };
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("profileMessage"));
        QVERIFY(edit("profileName") && edit("profileConnectPassword") && button("profileSave") && message);
        QCOMPARE(edit("profileConnectPassword")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("profileSaslPassword")->echoMode(), QLineEdit::Password);

        const QString secret = QStringLiteral("dialog-") + QUuid::createUuid().toString(QUuid::Id128);
        edit("profileName")->setText(QStringLiteral("From the dialog"));
        edit("profileConnectUrl")->setText(QStringLiteral("http://connect.example:8083"));
        edit("profileConnectUser")->setText(QStringLiteral("ops"));
        edit("profileConnectPassword")->setText(secret);
        edit("profileBootstrap")->setText(QStringLiteral("kafka.example:9092"));
        QTest::mouseClick(button("profileSave"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button("profileSave")->isEnabled(), 20000);
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile saved = store.profiles().first();
        QCOMPARE(saved.name, QStringLiteral("From the dialog"));
        QCOMPARE(saved.connectUrl, QUrl(QStringLiteral("http://connect.example:8083")));
        QCOMPARE(saved.connectUser, QStringLiteral("ops"));
        settings.sync();
        QVERIFY(!fileContents(ini).contains(secret.toUtf8()));
        // The form never shows the stored secret again.
        QCOMPARE(edit("profileConnectPassword")->text(), QString());
        if (message->text() != QLatin1String("Saved.")) {
            QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                    || message->text().contains(QLatin1String("No keychain is available")),
                qPrintable(message->text()));
            QVERIFY(!saved.hasConnectPassword);
        } else {
            QVERIFY(saved.hasConnectPassword);
            QVERIFY(edit("profileConnectPassword")->placeholderText().contains(QLatin1String("keychain")));
        }

        // Delete removes it (and its secret).
        QTest::mouseClick(button("profileDelete"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button("profileSave")->isEnabled(), 20000);
        QVERIFY(store.profiles().isEmpty());
        std::optional<SecretStore::Result> read;
        secrets.read(
            ProfileStore::connectPasswordKey(saved.id), [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20000));
        QVERIFY(!read->ok());
    }

    void switcherFollowsTheLab()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("connect-studio-test"));
        ProfileStore store(&settings, &secrets);
        ConnectionProfile p;
        p.name = QStringLiteral("Plain");
        p.connectUrl = QUrl(QStringLiteral("http://10.0.0.5:8083"));
        p.bootstrapServers = QStringLiteral("10.0.0.5:9092");
        const QString id
            = waitDone([&](auto done) { store.save(p, std::nullopt, std::nullopt, done); }).isEmpty()
            ? store.profiles().first().id
            : QString();
        QVERIFY(!id.isEmpty());

        Endpoints endpoints;
        cs::ui::ProfileSwitcher switcher(&endpoints, &store);
        QSignalSpy switched(&switcher, &cs::ui::ProfileSwitcher::switched);
        switcher.choose(id);
        // No secrets: answered without the keychain.
        QVERIFY(switched.size() == 1 || switched.wait(5000));
        QCOMPARE(endpoints.current().bootstrapServers, QStringLiteral("10.0.0.5:9092"));
        QVERIFY(endpoints.current().kafkaConfig.isEmpty());
        QCOMPARE(switcher.currentProfileId(), id);

        // The Lab view starts the lab on other ports: the switcher shows the lab and remembers them.
        Endpoints::Target lab = cs::ui::ProfileSwitcher::defaultLabTarget();
        lab.connectUrl = QUrl(QStringLiteral("http://127.0.0.1:18083"));
        endpoints.setCurrent(lab);
        QCOMPARE(switcher.currentProfileId(), QString());
        switcher.choose(id);
        QTRY_COMPARE(endpoints.current().name, QStringLiteral("Plain"));
        switcher.choose(QString());
        QCOMPARE(endpoints.current().connectUrl, QUrl(QStringLiteral("http://127.0.0.1:18083")));

        // Deleting the profile in use falls back to the lab.
        switcher.choose(id);
        QTRY_COMPARE(endpoints.current().name, QStringLiteral("Plain"));
        waitDone([&](auto done) { store.remove(id, done); });
        QVERIFY(endpoints.current().embedded);
    }
};

QTEST_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
