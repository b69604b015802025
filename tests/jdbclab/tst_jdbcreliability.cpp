// Reliability of the JDBC copy through the real worker process (connect-studio-worker --embedded-kafka,
// started by the test on free ports with its state in a temporary folder):
//  - kill -9 of the worker during a 200,000-row SQLite -> SQLite copy, then a restart: with upsert on the
//    primary key the target must equal the source exactly; with insert mode nothing may be missing
//    (duplicates are counted and reported);
//  - the target PostgreSQL stopped for 20 s during a copy: the sink retries per max.retries /
//    retry.backoff.ms and recovers; nothing is missing afterwards.
// The figures (rows copied before the kill, missing rows, duplicates, time to recover) are printed.
#include <signal.h>
#include <sys/prctl.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include "jdbc/jdbcurl.h"
#include "support/databaseservers.h"

using cs::testsupport::freeTcpPort;

namespace {

constexpr int kRows = 200000;

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

HttpReply http(const QByteArray &verb, const QString &url, const QByteArray &body = {}, int timeoutMs = 30000)
{
    QNetworkAccessManager nam;
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
    }
    reply->abort();
    reply->deleteLater();
    return out;
}

// One connect-studio-worker child process with its properties file, embedded broker and state folder.
class WorkerProcess
{
public:
    WorkerProcess(const QString &dir, const QString &group)
        : m_dir(dir)
        , m_kafkaPort(freeTcpPort())
        , m_restPort(freeTcpPort())
    {
        QFile props(dir + QStringLiteral("/worker.properties"));
        if (props.open(QIODevice::WriteOnly)) {
            props.write(QStringLiteral("bootstrap.servers=127.0.0.1:%1\n"
                                       "group.id=%2\n"
                                       "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                                       "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                                       "key.converter.schemas.enable=true\n"
                                       "value.converter.schemas.enable=true\n"
                                       "offset.storage.topic=connect-offsets\n"
                                       "config.storage.topic=connect-configs\n"
                                       "status.storage.topic=connect-status\n"
                                       "offset.flush.interval.ms=1000\n"
                                       "listeners=http://127.0.0.1:%3\n")
                            .arg(m_kafkaPort)
                            .arg(group)
                            .arg(m_restPort)
                            .toUtf8());
        }
    }
    ~WorkerProcess() { kill9(); }

    QString rest() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_restPort); }

    bool start(QString *error)
    {
        const QString bin = qEnvironmentVariable("CS_BIN_DIR", QStringLiteral(CS_BINARY_DIR "/bin"))
            + QStringLiteral("/connect-studio-worker");
        // The worker dies with the test, whatever happens to the test.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setStandardOutputFile(m_dir + QStringLiteral("/worker.log"), QIODevice::Append);
        m_process.setStandardErrorFile(m_dir + QStringLiteral("/worker.log"), QIODevice::Append);
        m_process.start(bin,
            { QStringLiteral("--embedded-kafka=%1").arg(m_kafkaPort),
                m_dir + QStringLiteral("/worker.properties"), QStringLiteral("--state-dir"),
                m_dir + QStringLiteral("/state") });
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("the worker exited: ") + log();
                return false;
            }
            if (http("GET", rest() + QStringLiteral("/"), {}, 2000).status == 200)
                return true;
            QTest::qWait(200);
        }
        *error = QStringLiteral("the worker's REST API did not answer: ") + log();
        return false;
    }
    void kill9()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL
            m_process.waitForFinished(10000);
        }
    }
    bool logContains(const QByteArray &text) const
    {
        QFile f(m_dir + QStringLiteral("/worker.log"));
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
    }
    QString log() const
    {
        QFile f(m_dir + QStringLiteral("/worker.log"));
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        const QByteArray all = f.readAll();
        return QString::fromUtf8(all.right(4000));
    }

private:
    QString m_dir;
    quint16 m_kafkaPort;
    quint16 m_restPort;
    QProcess m_process;
};

QByteArray connectorJson(const QString &name, const QMap<QString, QString> &config)
{
    QJsonObject c;
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("config"), c);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> sourceConfig(const QString &url)
{
    return { { QStringLiteral("connector.class"),
                 QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
        { QStringLiteral("tasks.max"), QStringLiteral("1") }, { QStringLiteral("connection.url"), url },
        { QStringLiteral("mode"), QStringLiteral("incrementing") },
        { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
        { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
        { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
        { QStringLiteral("poll.interval.ms"), QStringLiteral("100") } };
}

QMap<QString, QString> sinkConfig(const QString &url, bool upsert)
{
    QMap<QString, QString> c { { QStringLiteral("connector.class"),
                                   QStringLiteral("io.confluent.connect.jdbc.JdbcSinkConnector") },
        { QStringLiteral("tasks.max"), QStringLiteral("1") }, { QStringLiteral("connection.url"), url },
        { QStringLiteral("topics"), QStringLiteral("CONNECT_ORDER_TABLE") },
        { QStringLiteral("auto.create"), QStringLiteral("true") } };
    if (upsert) {
        c.insert(QStringLiteral("insert.mode"), QStringLiteral("upsert"));
        c.insert(QStringLiteral("pk.mode"), QStringLiteral("record_value"));
        c.insert(QStringLiteral("pk.fields"), QStringLiteral("ID"));
    }
    return c;
}

// The source database: ORDER_TABLE with `rows` orders, IDs 1..rows.
bool fillSource(const QString &path, int rows, QString *error)
{
    const QString name = QStringLiteral("rel-fill");
    bool ok = false;
    {
        auto db = cs::jdbc::JdbcUrl::open(QStringLiteral("jdbc:sqlite:") + path, {}, name);
        if (!db) {
            *error = db.error().toString();
            return false;
        }
        QSqlDatabase &d = db.value();
        ok = cs::testsupport::createOrderTable(d, cs::jdbc::DatabaseKind::Sqlite, error);
        if (ok) {
            d.transaction();
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\"(\"ID\",\"MESSAGE\") VALUES(?,?)"));
            for (int i = 1; ok && i <= rows; ++i) {
                q.bindValue(0, qlonglong(i));
                q.bindValue(1, QStringLiteral("order %1 placed.").arg(i));
                ok = q.exec();
            }
            if (!ok)
                *error = q.lastError().text();
            ok = d.commit() && ok;
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A one-value query on a database opened for it; -1 when it fails (e.g. the table is not there yet).
qint64 scalar(const QString &url, const cs::jdbc::ConnectionProperties &props, const QString &sql,
    const QStringList &attach = {})
{
    static int n = 0;
    const QString name = QStringLiteral("rel-probe-%1").arg(++n);
    qint64 out = -1;
    {
        auto db = cs::jdbc::JdbcUrl::open(url, props, name);
        if (db) {
            QSqlQuery q(db.value());
            bool ok = true;
            for (const QString &a : attach)
                ok = ok && q.exec(a);
            if (ok && q.exec(sql) && q.next())
                out = q.value(0).toLongLong();
            q.finish();
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestJdbcReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringCopy_data();
    void killDuringCopy();
    void postgresOutage_data();
    void postgresOutage();
};

void TestJdbcReliability::initTestCase()
{
    const QString bin = qEnvironmentVariable("CS_BIN_DIR", QStringLiteral(CS_BINARY_DIR "/bin"))
        + QStringLiteral("/connect-studio-worker");
    if (!QFileInfo(bin).isExecutable())
        QFAIL(qPrintable(QStringLiteral("build connect-studio-worker first: ") + bin));
}

void TestJdbcReliability::killDuringCopy_data()
{
    QTest::addColumn<bool>("upsert");
    QTest::newRow("upsert") << true;
    QTest::newRow("insert") << false;
}

void TestJdbcReliability::killDuringCopy()
{
    QFETCH(bool, upsert);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // CS_KEEP_TEST_DIRS=1 keeps the databases and the worker's log for a look afterwards.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("CS_KEEP_TEST_DIRS"));
    qInfo("working folder %s", qPrintable(dir.path()));
    const QString src = dir.filePath(QStringLiteral("source.db"));
    const QString dst = dir.filePath(QStringLiteral("target.db"));
    QString error;
    QVERIFY2(fillSource(src, kRows, &error), qPrintable(error));
    const QString srcUrl = QStringLiteral("jdbc:sqlite:") + src;
    const QString dstUrl = QStringLiteral("jdbc:sqlite:") + dst;

    QElapsedTimer clock;
    clock.start();
    // A group.id of its own: the worker refuses a group another worker on this machine serves.
    const QString group = QStringLiteral("rel-kill-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto worker = std::make_unique<WorkerProcess>(dir.path(), group);
    QVERIFY2(worker->start(&error), qPrintable(error));
    HttpReply r = http("POST", worker->rest() + QStringLiteral("/connectors"),
        connectorJson(QStringLiteral("rel-source"), sourceConfig(srcUrl)));
    QVERIFY2(r.status == 201, r.body.constData());
    r = http("POST", worker->rest() + QStringLiteral("/connectors"),
        connectorJson(QStringLiteral("rel-sink"), sinkConfig(dstUrl, upsert)));
    QVERIFY2(r.status == 201, r.body.constData());

    const QString count = QStringLiteral("SELECT COUNT(*) FROM \"CONNECT_ORDER_TABLE\"");
    // Kill once a good part (but not all) of the rows has arrived.
    qint64 before = -1;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 300000) {
        before = scalar(dstUrl, {}, count);
        if (before >= kRows / 4)
            break;
        QTest::qWait(100);
    }
    QVERIFY2(before >= kRows / 4,
        qPrintable(QStringLiteral("the copy did not get going (%1 rows); worker log:\n%2")
                       .arg(before)
                       .arg(worker->log())));
    worker->kill9();
    const qint64 atKill = scalar(dstUrl, {}, count);
    qInfo("killed the worker (kill -9) after %.1f s with %lld of %d rows in the target",
        clock.elapsed() / 1000.0, atKill, kRows);
    QVERIFY2(atKill < kRows, "the copy ended before the kill: the test proves nothing");

    worker = std::make_unique<WorkerProcess>(dir.path(), group);
    QVERIFY2(worker->start(&error), qPrintable(error));
    // Wait until every source ID is in the target, or until the target stops growing for 30 s.
    // NOT IN: SQLite indexes the subquery's IDs once (the insert-mode target has no key).
    const QString missingSql = QStringLiteral("SELECT COUNT(*) FROM src.\"ORDER_TABLE\" WHERE \"ID\" NOT IN "
                                              "(SELECT \"ID\" FROM \"CONNECT_ORDER_TABLE\")");
    const QStringList attach { QStringLiteral("ATTACH DATABASE '%1' AS src").arg(src) };
    qint64 last = -2;
    QElapsedTimer still;
    still.start();
    t.restart();
    qint64 missing = -1;
    while (t.elapsed() < 600000) {
        missing = scalar(dstUrl, {}, missingSql, attach);
        if (missing == 0)
            break;
        const qint64 now = scalar(dstUrl, {}, count);
        if (now != last) {
            last = now;
            still.restart();
        } else if (still.elapsed() > 30000) {
            break;
        }
        QTest::qWait(500);
    }
    const qint64 total = scalar(dstUrl, {}, count);
    const qint64 distinct
        = scalar(dstUrl, {}, QStringLiteral("SELECT COUNT(DISTINCT \"ID\") FROM \"CONNECT_ORDER_TABLE\""));
    const qint64 duplicates = total - distinct;
    const qint64 different = scalar(dstUrl, {},
        QStringLiteral("SELECT COUNT(*) FROM (SELECT \"ID\", \"MESSAGE\" FROM \"CONNECT_ORDER_TABLE\" EXCEPT "
                       "SELECT \"ID\", \"MESSAGE\" FROM src.\"ORDER_TABLE\")"),
        attach);
    qInfo("after the restart (%.1f s): %lld rows in the target, %lld missing, %lld duplicates, %lld rows not "
          "in "
          "the source (mode %s)",
        clock.elapsed() / 1000.0, total, missing, duplicates, different, upsert ? "upsert" : "insert");
    if (missing != 0) {
        const HttpReply status = http("GET", worker->rest() + QStringLiteral("/connectors?expand=status"));
        qWarning().noquote() << "connectors:" << status.body;
    }
    QVERIFY2(missing == 0,
        qPrintable(QStringLiteral("%1 of %2 source rows never reached the target after kill -9 and restart")
                       .arg(missing)
                       .arg(kRows)));
    QCOMPARE(different, qint64(0));
    if (upsert) {
        QCOMPARE(duplicates, qint64(0));
        QCOMPARE(total, qint64(kRows));
    }
}

void TestJdbcReliability::postgresOutage_data()
{
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<int>("backoffMs");
    // 10 x 3 s outlast the 20 s outage: the sink recovers by itself.
    QTest::newRow("retries outlast the outage") << 10 << 3000;
    // 2 x 1 s do not: the task fails with a trace and a task restart finishes the copy.
    QTest::newRow("retries exhausted") << 2 << 1000;
}

void TestJdbcReliability::postgresOutage()
{
    QFETCH(int, maxRetries);
    QFETCH(int, backoffMs);
    const bool recovers = maxRetries * backoffMs > 25000;
    cs::testsupport::PostgresServer pg;
    CS_START_SERVER(pg);
    constexpr int rows = 60000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString src = dir.filePath(QStringLiteral("source.db"));
    QString error;
    QVERIFY2(fillSource(src, rows, &error), qPrintable(error));
    WorkerProcess worker(
        dir.path(), QStringLiteral("rel-outage-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    QVERIFY2(worker.start(&error), qPrintable(error));
    HttpReply r = http("POST", worker.rest() + QStringLiteral("/connectors"),
        connectorJson(QStringLiteral("out-source"), sourceConfig(QStringLiteral("jdbc:sqlite:") + src)));
    QVERIFY2(r.status == 201, r.body.constData());
    QMap<QString, QString> sink = sinkConfig(pg.jdbcUrl(), true);
    sink.insert(QStringLiteral("connection.user"), pg.user());
    sink.insert(QStringLiteral("connection.password"), pg.password());
    sink.insert(QStringLiteral("connection.attempts"), QStringLiteral("1"));
    sink.insert(QStringLiteral("batch.size"), QStringLiteral("500"));
    sink.insert(QStringLiteral("max.retries"), QString::number(maxRetries));
    sink.insert(QStringLiteral("retry.backoff.ms"), QString::number(backoffMs));
    r = http("POST", worker.rest() + QStringLiteral("/connectors"),
        connectorJson(QStringLiteral("out-sink"), sink));
    QVERIFY2(r.status == 201, r.body.constData());

    const QString count = QStringLiteral("SELECT COUNT(*) FROM \"CONNECT_ORDER_TABLE\"");
    qint64 before = -1;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 300000) {
        before = scalar(pg.jdbcUrl(), pg.properties(), count);
        if (before >= 1000)
            break;
        QTest::qWait(50);
    }
    QVERIFY2(before >= 1000, qPrintable(worker.log()));
    pg.stop();
    qInfo("stopped PostgreSQL with %lld of %d rows in the target; restarting it in 20 s", before, rows);
    if (recovers) {
        QTest::qWait(20000);
    } else {
        // The task fails once its retries are spent, with a trace that says why.
        QByteArray taskStatus;
        QElapsedTimer w;
        w.start();
        while (w.elapsed() < 20000) {
            taskStatus
                = http("GET", worker.rest() + QStringLiteral("/connectors/out-sink/tasks/0/status")).body;
            if (taskStatus.contains("\"FAILED\""))
                break;
            QTest::qWait(250);
        }
        qInfo("sink task after its retries: %s", taskStatus.left(600).constData());
        QVERIFY2(taskStatus.contains("\"FAILED\"") && taskStatus.contains("Exception chain:")
                && taskStatus.contains(QStringLiteral("127.0.0.1:%1").arg(pg.port()).toUtf8()),
            taskStatus.constData());
        QTest::qWait(int(qMax<qint64>(0, 20000 - w.elapsed())));
    }
    QVERIFY2(pg.restart(), qPrintable(pg.errorString()));
    if (!recovers) {
        const HttpReply restarted
            = http("POST", worker.rest() + QStringLiteral("/connectors/out-sink/tasks/0/restart"));
        QVERIFY2(restarted.status == 204, restarted.body.constData());
    }
    QElapsedTimer recovery;
    recovery.start();
    qint64 now = -1;
    while (recovery.elapsed() < 300000) {
        now = scalar(pg.jdbcUrl(), pg.properties(),
            QStringLiteral("SELECT COUNT(DISTINCT \"ID\") FROM \"CONNECT_ORDER_TABLE\""));
        if (now == rows)
            break;
        QTest::qWait(500);
    }
    const HttpReply status = http("GET", worker.rest() + QStringLiteral("/connectors/out-sink/status"));
    qInfo("after the restart: %lld of %d rows within %.1f s; sink status %s", now, rows,
        recovery.elapsed() / 1000.0, status.body.constData());
    QCOMPARE(now, qint64(rows));
    QVERIFY2(status.body.contains("\"state\":\"RUNNING\""), status.body.constData());
    // The outage was met by the sink's retries (not by luck between two batches).
    QVERIFY2(worker.logContains("Remaining retries="), qPrintable(worker.log()));
    const qint64 wrong = scalar(pg.jdbcUrl(), pg.properties(),
        QStringLiteral("SELECT COUNT(*) FROM \"CONNECT_ORDER_TABLE\" WHERE \"MESSAGE\" <> 'order ' || \"ID\" "
                       "|| ' placed.'"));
    QCOMPARE(wrong, qint64(0));
    QCOMPARE(scalar(pg.jdbcUrl(), pg.properties(), count), qint64(rows));
}

int main(int argc, char **argv)
{
    // Copies of 200,000 rows through a restarted worker take longer than QtTest's 5-minute default.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    QCoreApplication app(argc, argv);
    TestJdbcReliability test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_jdbcreliability.moc"
