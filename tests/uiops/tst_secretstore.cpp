#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "profiles/secretstore.h"

using cs::ui::SecretStore;

// Round trip through the real keychain. Needs a Secret Service on the session bus: ctest runs it
// under `dbus-run-session` with `gnome-keyring-daemon --unlock` (packaging/bootstrap.sh). Without
// one, the test checks instead that every operation fails with the "no keychain" status.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    static SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
    {
        std::optional<SecretStore::Result> result;
        call([&](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("keychain call did not finish");
        return *result;
    }
    static bool haveKeychain() { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

private Q_SLOTS:
    void roundTrip()
    {
        SecretStore store(QStringLiteral("connect-studio-test"));
        const QString key = QStringLiteral("tst/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr\u00e9t-%1").arg(QUuid::createUuid().toString());

        const auto written = wait([&](auto cb) { store.write(key, secret, cb); });
        if (!haveKeychain() || written.status == SecretStore::Status::NoKeychain) {
            QCOMPARE(written.status, SecretStore::Status::NoKeychain);
            QVERIFY(written.error.contains(QLatin1String("keychain")));
            QVERIFY(!written.error.contains(secret));
            QSKIP("no Secret Service on the session bus: run under dbus-run-session with gnome-keyring");
        }
        QVERIFY2(written.ok(), qPrintable(written.error));

        const auto read = wait([&](auto cb) { store.read(key, cb); });
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.secret, secret);

        const auto overwritten = wait([&](auto cb) { store.write(key, QStringLiteral("second"), cb); });
        QVERIFY(overwritten.ok());
        QCOMPARE(wait([&](auto cb) { store.read(key, cb); }).secret, QStringLiteral("second"));

        const auto removed = wait([&](auto cb) { store.remove(key, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        const auto missing = wait([&](auto cb) { store.read(key, cb); });
        QCOMPARE(missing.status, SecretStore::Status::NotFound);
        QVERIFY(missing.secret.isEmpty());
    }

    void noKeychainWithoutBus()
    {
        // A session bus that has no Secret Service: the failure is reported, with a clear message.
        if (haveKeychain())
            QSKIP("a keychain is available here; the no-keychain path is checked without one");
        SecretStore store(QStringLiteral("connect-studio-test"));
        const auto read = wait([&](auto cb) { store.read(QStringLiteral("nothing"), cb); });
        QVERIFY(!read.ok());
        QVERIFY(!read.error.isEmpty());
    }

    void contextGuardsCallback()
    {
        SecretStore store(QStringLiteral("connect-studio-test"));
        bool called = false;
        auto *context = new QObject;
        store.read(
            QStringLiteral("guarded"), [&](const SecretStore::Result &) { called = true; }, context);
        delete context;
        // Let the job finish (either way); the callback must not run.
        bool other = false;
        store.read(QStringLiteral("guarded"), [&](const SecretStore::Result &) { other = true; });
        QVERIFY(QTest::qWaitFor([&] { return other; }, 20000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
