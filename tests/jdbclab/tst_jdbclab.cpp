// The lab end to end, three ways, through the real programs: connect-studio-worker --embedded-kafka as
// a child process on free ports, connectors registered with curl, the topic read with kcat, real
// databases (SQLite files, and H2, PostgreSQL and MariaDB servers started in a temporary folder).
// (a) SQLite source -> SQLite target, plus a worker restart that resumes from the stored offset;
// (b) the seed's H2 setup with the verbatim connector JSON (H2 on the lab's ports 9099/8087/5435:
//     this test reproduces the seed, so it takes them);
// (c) SQLite source -> PostgreSQL and -> MariaDB targets.
// Each inserts two orders, checks the exact JSON on CONNECT_ORDER_TABLE, registers the sink, checks
// the target rows, inserts a third order and sees it arrive.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include "jdbc/jdbcurl.h"
#include "support/databaseservers.h"

using cs::jdbc::DatabaseKind;
using cs::testsupport::freeTcpPort;

namespace {

QString labJson(qint64 id, const QString &message)
{
    return QStringLiteral(
        "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,"
        "\"field\":\"ID\"},{\"type\":\"string\",\"optional\":true,\"field\":\"MESSAGE\"}],"
        "\"optional\":false,\"name\":\"ORDER_TABLE\"},\"payload\":{\"ID\":%1,\"MESSAGE\":\"%2\"}}")
        .arg(id)
        .arg(message);
}

// connect-studio-worker --embedded-kafka=<free port> with its REST API on a free port, its own group
// and state folder. Stopped with SIGTERM (then SIGKILL) when destroyed.
class LabWorker
{
public:
    explicit LabWorker(const QString &dir)
        : m_dir(dir)
    { }
    ~LabWorker() { stop(); }

    bool start(QString *error)
    {
        if (m_restPort == 0) {
            m_restPort = freeTcpPort();
            m_brokerPort = freeTcpPort();
            m_group = QStringLiteral("jdbclab-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        }
        const QString props = m_dir + QStringLiteral("/worker.properties");
        QFile f(props);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = f.errorString();
            return false;
        }
        f.write(QStringLiteral("bootstrap.servers=127.0.0.1:%1\ngroup.id=%2\n"
                               "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "key.converter.schemas.enable=true\nvalue.converter.schemas.enable=true\n"
                               "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                               "status.storage.topic=connect-status\noffset.flush.interval.ms=500\n"
                               "listeners=HTTP://127.0.0.1:%3\n")
                    .arg(m_brokerPort)
                    .arg(m_group)
                    .arg(m_restPort)
                    .toUtf8());
        f.close();
        const QString program = qEnvironmentVariable("CS_BIN_DIR", QStringLiteral(CS_BINARY_DIR "/bin"))
            + QStringLiteral("/connect-studio-worker");
        m_process.setProgram(program);
        m_process.setArguments({ QStringLiteral("--embedded-kafka=%1").arg(m_brokerPort),
            QStringLiteral("--state-dir"), m_dir + QStringLiteral("/state"), props });
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(m_dir + QStringLiteral("/worker.log"), QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = program + QStringLiteral(": ") + m_process.errorString();
            return false;
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const QRegularExpression bootstrap(QStringLiteral("Kafka bootstrap: (\\S+)"));
            const auto m = bootstrap.match(QString::fromUtf8(out));
            if (m.hasMatch() && out.contains("REST API:")) {
                m_bootstrap = m.captured(1);
                return true;
            }
            if (m_process.state() != QProcess::Running)
                break;
        }
        *error = QStringLiteral("the worker did not start: ") + QString::fromUtf8(out) + log();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString log() const
    {
        QFile f(m_dir + QStringLiteral("/worker.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(6000)) : QString();
    }
    QString restUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_restPort); }
    QString bootstrap() const { return m_bootstrap; }

private:
    QString m_dir;
    QProcess m_process;
    quint16 m_restPort = 0;
    quint16 m_brokerPort = 0;
    QString m_group;
    QString m_bootstrap;
};

// curl -s -X <method> -H "Content-Type: application/json" <url> -d <body>: (HTTP status, body).
std::pair<int, QString> curl(const QString &method, const QString &url, const QString &body = {})
{
    QProcess p;
    QStringList args { QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("60"), QStringLiteral("-X"),
        method, QStringLiteral("-H"), QStringLiteral("Accept: application/json"), QStringLiteral("-H"),
        QStringLiteral("Content-Type: application/json"), QStringLiteral("-w"),
        QStringLiteral("\n%{http_code}"), url };
    if (!body.isEmpty())
        args << QStringLiteral("-d") << body;
    p.start(QStringLiteral("curl"), args);
    p.waitForFinished(70000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype nl = out.lastIndexOf(QLatin1Char('\n'));
    return { out.mid(nl + 1).toInt(), out.left(qMax<qsizetype>(0, nl)) };
}

// kcat -C -e: every message of the topic now, one line each.
QStringList kcat(const QString &bootstrap, const QString &topic)
{
    QProcess p;
    p.start(QStringLiteral("kcat"),
        { QStringLiteral("-b"), bootstrap, QStringLiteral("-C"), QStringLiteral("-t"), topic,
            QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-e"), QStringLiteral("-q") });
    if (!p.waitForFinished(30000))
        p.kill();
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Waits until the broker lists `topic` (kcat -L for all topics, which never auto-creates one: a
// consumer asking for a missing topic would make the embedded broker create it with 4 partitions
// before the source task creates it with one, as Kafka would).
bool waitForTopic(const QString &bootstrap, const QString &topic, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QProcess p;
        p.start(QStringLiteral("kcat"), { QStringLiteral("-b"), bootstrap, QStringLiteral("-L") });
        p.waitForFinished(30000);
        if (p.readAllStandardOutput().contains(QStringLiteral("topic \"%1\"").arg(topic).toUtf8()))
            return true;
        QThread::msleep(200);
    }
    return false;
}

QStringList kcatUntil(const QString &bootstrap, const QString &topic, int count, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    QStringList lines;
    if (!waitForTopic(bootstrap, topic, timeoutMs))
        return lines;
    while (timer.elapsed() < timeoutMs) {
        lines = kcat(bootstrap, topic);
        if (lines.size() >= count)
            return lines;
        QThread::msleep(300);
    }
    return lines;
}

// (ID, MESSAGE) rows of a target table, in ID order.
QList<std::pair<qint64, QString>> rows(QSqlDatabase &db, const QString &sql)
{
    QList<std::pair<qint64, QString>> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return out;
}

template<typename Open>
QList<std::pair<qint64, QString>> rowsUntil(Open open, const QString &sql, int count, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<qint64, QString>> out;
    while (timer.elapsed() < timeoutMs) {
        out = open(sql);
        if (out.size() >= count)
            return out;
        QThread::msleep(300);
    }
    return out;
}

QString sourceJson(const QString &name, const QString &url)
{
    return QStringLiteral(
        "{\"name\":\"%1\",\"config\":{\"connector.class\":\"io.confluent.connect.jdbc.JdbcSourceConnector\","
        "\"connection.url\":\"%2\",\"mode\":\"incrementing\",\"incrementing.column.name\":\"ID\","
        "\"table.whitelist\":\"ORDER_TABLE\",\"topic.prefix\":\"CONNECT_\",\"tasks.max\":\"1\","
        "\"poll.interval.ms\":\"500\"}}")
        .arg(name, url);
}

QString sinkJson(
    const QString &name, const QString &url, const QString &user = {}, const QString &password = {})
{
    QString credentials;
    if (!user.isEmpty())
        credentials = QStringLiteral("\"connection.user\":\"%1\",\"connection.password\":\"%2\",")
                          .arg(user, password);
    return QStringLiteral(
        "{\"name\":\"%1\",\"config\":{\"connector.class\":\"io.confluent.connect.jdbc.JdbcSinkConnector\","
        "\"connection.url\":\"%2\",%3\"auto.create\":\"true\",\"auto.evolve\":\"true\","
        "\"delete.enabled\":\"false\",\"tasks.max\":\"1\",\"topics\":\"CONNECT_ORDER_TABLE\"}}")
        .arg(name, url, credentials);
}

} // namespace

class TestJdbcLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A SQLite source database with the lab's ORDER_TABLE and two orders.
    QString sqliteSource(const QString &file)
    {
        QString error;
        {
            auto db = cs::jdbc::JdbcUrl::open(
                QStringLiteral("jdbc:sqlite:") + file, {}, QStringLiteral("lab-src"));
            if (!db.ok())
                return db.error().toString();
            if (!cs::testsupport::createOrderTable(db.value(), DatabaseKind::Sqlite, &error))
                return error;
            for (const QString &m :
                { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") }) {
                if (cs::testsupport::insertOrder(db.value(), DatabaseKind::Sqlite, m, &error) < 0)
                    return error;
            }
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lab-src"));
        return {};
    }

    bool insertSqliteOrder(const QString &file, const QString &message)
    {
        QString error;
        bool ok = false;
        {
            auto db = cs::jdbc::JdbcUrl::open(
                QStringLiteral("jdbc:sqlite:") + file, {}, QStringLiteral("lab-ins"));
            ok = db.ok()
                && cs::testsupport::insertOrder(db.value(), DatabaseKind::Sqlite, message, &error) > 0;
            if (db.ok())
                db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lab-ins"));
        return ok;
    }

    static QList<std::pair<qint64, QString>> sqliteRows(const QString &file, const QString &sql)
    {
        QList<std::pair<qint64, QString>> out;
        {
            auto db = cs::jdbc::JdbcUrl::open(
                QStringLiteral("jdbc:sqlite:") + file, {}, QStringLiteral("lab-read"));
            if (db.ok()) {
                out = rows(db.value(), sql);
                db.value().close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lab-read"));
        return out;
    }

    static QList<std::pair<qint64, QString>> expected(int n)
    {
        const QStringList messages { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced."),
            QStringLiteral("3rd OrderPlaced."), QStringLiteral("4th OrderPlaced.") };
        QList<std::pair<qint64, QString>> out;
        for (int i = 0; i < n; ++i)
            out.append({ i + 1, messages.at(i) });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("kcat")).isEmpty())
            QSKIP("kcat is not installed (Debian package kcat)");
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed (Debian package curl)");
    }

    // (a) SQLite -> embedded Kafka -> SQLite, then a restart that resumes from the stored offset.
    void sqliteToSqlite()
    {
        const QString dir = m_dir.filePath(QStringLiteral("a"));
        QVERIFY(QDir().mkpath(dir));
        const QString source = dir + QStringLiteral("/source.db");
        const QString target = dir + QStringLiteral("/target.db");
        const QString setup = sqliteSource(source);
        QVERIFY2(setup.isEmpty(), qPrintable(setup));

        LabWorker worker(dir);
        QString error;
        QVERIFY2(worker.start(&error), qPrintable(error));
        auto [code, body] = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            sourceJson(QStringLiteral("sqlite-source"), QStringLiteral("jdbc:sqlite:") + source));
        QVERIFY2(code == 201, qPrintable(body));

        QStringList lines = kcatUntil(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"), 2);
        QCOMPARE(lines,
            (QStringList { labJson(1, QStringLiteral("1st OrderPlaced.")),
                labJson(2, QStringLiteral("2nd OrderPlaced.")) }));

        std::tie(code, body) = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            sinkJson(QStringLiteral("sqlite-sink"), QStringLiteral("jdbc:sqlite:") + target));
        QVERIFY2(code == 201, qPrintable(body));
        const QString select
            = QStringLiteral("SELECT \"ID\", \"MESSAGE\" FROM \"CONNECT_ORDER_TABLE\" ORDER BY \"ID\"");
        auto read = [&](const QString &sql) { return sqliteRows(target, sql); };
        QCOMPARE(rowsUntil(read, select, 2), expected(2));

        QVERIFY(insertSqliteOrder(source, QStringLiteral("3rd OrderPlaced.")));
        QCOMPARE(rowsUntil(read, select, 3), expected(3));
        lines = kcatUntil(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"), 3);
        QCOMPARE(lines.value(2), labJson(3, QStringLiteral("3rd OrderPlaced.")));

        // The stored offset as upstream writes it.
        std::tie(code, body) = curl(
            QStringLiteral("GET"), worker.restUrl() + QStringLiteral("/connectors/sqlite-source/offsets"));
        QCOMPARE(code, 200);
        QVERIFY2(body.contains(QStringLiteral("{\"partition\":{\"protocol\":\"1\",\"table\":\"ORDER_TABLE\"},"
                                              "\"offset\":{\"incrementing\":3}}")),
            qPrintable(body));

        // Restart: the worker puts the journaled topics back into the fresh embedded broker and the
        // source continues after order 3: order 4 arrives once, nothing is read again.
        QThread::msleep(1200); // past offset.flush.interval.ms
        worker.stop();
        QVERIFY(insertSqliteOrder(source, QStringLiteral("4th OrderPlaced.")));
        QVERIFY2(worker.start(&error), qPrintable(error));
        QList<std::pair<qint64, QString>> afterRestart = rowsUntil(read, select, 4);
        QCOMPARE(afterRestart, expected(4));
        QThread::msleep(1500); // two more poll intervals: nothing is copied twice
        lines = kcat(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"));
        QStringList ids;
        for (const QString &line : std::as_const(lines))
            ids << QRegularExpression(QStringLiteral("\"ID\":(\\d+)")).match(line).captured(1);
        QVERIFY2(lines.size() == 4 && lines.last() == labJson(4, QStringLiteral("4th OrderPlaced.")),
            qPrintable(ids.join(QLatin1Char(','))));
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") }));
        QCOMPARE(read(select), expected(4));
    }

    // (b) The seed: H2 with TCP 9099, web 8087 and PG 5435, the verbatim connector JSON.
    void h2AsTheSeed()
    {
        cs::testsupport::H2Server h2(cs::testsupport::H2Server::Ports::Lab);
        CS_START_SERVER(h2);
        QString error;
        {
            auto db = h2.connect(QStringLiteral("lab-h2"));
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            QVERIFY2(
                cs::testsupport::createOrderTable(db.value(), DatabaseKind::H2, &error), qPrintable(error));
            for (const QString &m :
                { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") })
                QVERIFY2(cs::testsupport::insertOrder(db.value(), DatabaseKind::H2, m, &error) > 0,
                    qPrintable(error));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lab-h2"));
        const QString dir = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(dir));
        LabWorker worker(dir);
        QVERIFY2(worker.start(&error), qPrintable(error));
        // The seed's commands, punctuation restored (lab.md).
        auto [code, body] = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            QStringLiteral("{\n"
                           "    \"name\": \"h2-source-connect\",\n"
                           "    \"config\": {\n"
                           "        \"connector.class\": \"io.confluent.connect.jdbc.JdbcSourceConnector\",\n"
                           "        \"connection.url\": \"jdbc:h2:tcp://localhost:9099/./test\",\n"
                           "        \"connection.user\":\"sa\",\n"
                           "        \"connection.password\":\"passwd\",\n"
                           "        \"mode\":\"incrementing\",\n"
                           "        \"incrementing.column.name\" : \"ID\",\n"
                           "        \"table.whitelist\" : \"ORDER_TABLE\",\n"
                           "        \"topic.prefix\" : \"CONNECT_\",\n"
                           "        \"tasks.max\" : \"1\"\n"
                           "    }\n"
                           "}"));
        QVERIFY2(code == 201, qPrintable(body));
        QStringList lines = kcatUntil(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"), 2);
        QCOMPARE(lines,
            (QStringList { labJson(1, QStringLiteral("1st OrderPlaced.")),
                labJson(2, QStringLiteral("2nd OrderPlaced.")) }));
        std::tie(code, body) = curl(QStringLiteral("GET"),
            worker.restUrl() + QStringLiteral("/connectors/h2-source-connect/offsets"));
        QVERIFY2(body.contains(
                     QStringLiteral("\"partition\":{\"protocol\":\"1\",\"table\":\"PUBLIC.ORDER_TABLE\"}")),
            qPrintable(body));

        std::tie(code, body) = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            QStringLiteral("{\n"
                           "    \"name\": \"h2-sink-connect\",\n"
                           "    \"config\": {\n"
                           "        \"connector.class\": \"io.confluent.connect.jdbc.JdbcSinkConnector\",\n"
                           "        \"connection.url\": \"jdbc:h2:tcp://localhost:9099/./test\",\n"
                           "        \"connection.user\":\"sa\",\n"
                           "        \"connection.password\":\"passwd\",\n"
                           "        \"auto.create\":\"true\",\n"
                           "        \"auto.evolve\":\"true\",\n"
                           "        \"delete.enabled\":\"false\",\n"
                           "        \"tasks.max\":\"1\",\n"
                           "        \"topics\":\"CONNECT_ORDER_TABLE\"\n"
                           "    }\n"
                           "}"));
        QVERIFY2(code == 201, qPrintable(body));
        const QString select
            = QStringLiteral("SELECT \"ID\", \"MESSAGE\" FROM \"CONNECT_ORDER_TABLE\" ORDER BY \"ID\"");
        auto read = [&](const QString &sql) {
            QList<std::pair<qint64, QString>> out;
            {
                auto db = h2.connect(QStringLiteral("lab-h2-read"));
                if (db.ok()) {
                    out = rows(db.value(), sql);
                    db.value().close();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("lab-h2-read"));
            return out;
        };
        QCOMPARE(rowsUntil(read, select, 2, 60000), expected(2));
        {
            auto db = h2.connect(QStringLiteral("lab-h2"));
            QVERIFY(db.ok());
            QVERIFY2(cs::testsupport::insertOrder(
                         db.value(), DatabaseKind::H2, QStringLiteral("3rd OrderPlaced."), &error)
                    > 0,
                qPrintable(error));
        }
        QCOMPARE(rowsUntil(read, select, 3, 60000), expected(3));
        QCOMPARE(kcatUntil(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"), 3).value(2),
            labJson(3, QStringLiteral("3rd OrderPlaced.")));
        worker.stop();
        QSqlDatabase::removeDatabase(QStringLiteral("lab-h2"));
        QSqlDatabase::removeDatabase(QStringLiteral("lab-h2-read"));
    }

    // (c) Heterogeneous: SQLite source -> PostgreSQL and -> MariaDB targets; only connection.url changes.
    void sqliteToPostgresAndMariaDb()
    {
        cs::testsupport::PostgresServer pg;
        CS_START_SERVER(pg);
        cs::testsupport::MariaDbServer maria;
        CS_START_SERVER(maria);
        const QString dir = m_dir.filePath(QStringLiteral("c"));
        QVERIFY(QDir().mkpath(dir));
        const QString source = dir + QStringLiteral("/source.db");
        const QString setup = sqliteSource(source);
        QVERIFY2(setup.isEmpty(), qPrintable(setup));
        LabWorker worker(dir);
        QString error;
        QVERIFY2(worker.start(&error), qPrintable(error));
        auto [code, body] = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            sourceJson(QStringLiteral("sqlite-source"), QStringLiteral("jdbc:sqlite:") + source));
        QVERIFY2(code == 201, qPrintable(body));
        QCOMPARE(kcatUntil(worker.bootstrap(), QStringLiteral("CONNECT_ORDER_TABLE"), 2),
            (QStringList { labJson(1, QStringLiteral("1st OrderPlaced.")),
                labJson(2, QStringLiteral("2nd OrderPlaced.")) }));

        std::tie(code, body) = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            sinkJson(QStringLiteral("pg-sink"), pg.jdbcUrl(), pg.user(), pg.password()));
        QVERIFY2(code == 201, qPrintable(body));
        std::tie(code, body) = curl(QStringLiteral("POST"), worker.restUrl() + QStringLiteral("/connectors"),
            sinkJson(QStringLiteral("maria-sink"), maria.jdbcUrl(), maria.user(), maria.password()));
        QVERIFY2(code == 201, qPrintable(body));

        auto reader = [](cs::testsupport::DatabaseServer &server, const QString &name) {
            return [&server, name](const QString &sql) {
                QList<std::pair<qint64, QString>> out;
                {
                    auto db = server.connect(name);
                    if (db.ok()) {
                        out = rows(db.value(), sql);
                        db.value().close();
                    }
                }
                QSqlDatabase::removeDatabase(name);
                return out;
            };
        };
        auto readPg = reader(pg, QStringLiteral("lab-pg"));
        auto readMaria = reader(maria, QStringLiteral("lab-maria"));
        const QString pgSelect
            = QStringLiteral("SELECT \"ID\", \"MESSAGE\" FROM \"CONNECT_ORDER_TABLE\" ORDER BY \"ID\"");
        const QString mariaSelect
            = QStringLiteral("SELECT `ID`, `MESSAGE` FROM `CONNECT_ORDER_TABLE` ORDER BY `ID`");
        QCOMPARE(rowsUntil(readPg, pgSelect, 2), expected(2));
        QCOMPARE(rowsUntil(readMaria, mariaSelect, 2), expected(2));
        QVERIFY(insertSqliteOrder(source, QStringLiteral("3rd OrderPlaced.")));
        QCOMPARE(rowsUntil(readPg, pgSelect, 3), expected(3));
        QCOMPARE(rowsUntil(readMaria, mariaSelect, 3), expected(3));
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestJdbcLab)
#include "tst_jdbclab.moc"
