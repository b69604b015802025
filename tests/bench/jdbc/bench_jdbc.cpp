// bench_jdbc: the lab's pipeline at scale. N ORDER_TABLE rows (default 1,000,000) go SQLite ->
// JdbcSourceConnector -> embedded Kafka -> JdbcSinkConnector -> SQLite through a real
// connect-studio-worker process; beside it, in the same run and on the same machine, the raw stages:
// one SELECT reading every row, producing the same JSON messages to an embedded broker, and inserting
// the rows in batched transactions. Prints rows/s and the ratios, then the latency from an INSERT in
// the source to the row in the target with poll.interval.ms=100 (200 samples: p50, p99, max).
// Figures only: nothing is asserted.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include "converters/jsonconverter.h"
#include "data/schemabuilder.h"
#include "data/struct.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/source/jdbcsourceconnector.h"
#include "jdbc/source/jdbcsourcetask.h"
#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

QSqlDatabase open(const QString &file, const QString &name)
{
    auto db = cs::jdbc::JdbcUrl::open(QStringLiteral("jdbc:sqlite:") + file, {}, name);
    if (!db.ok()) {
        say(db.error().toString());
        std::exit(1);
    }
    return db.value();
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        say(q.lastError().text() + QStringLiteral(": ") + sql);
        return false;
    }
    return true;
}

QString message(qint64 id)
{
    return QStringLiteral("Order %1 placed.").arg(id);
}

std::pair<int, QString> curl(const QString &method, const QString &url, const QString &body = {})
{
    QProcess p;
    QStringList args { QStringLiteral("-s"), QStringLiteral("-X"), method, QStringLiteral("-H"),
        QStringLiteral("Content-Type: application/json"), QStringLiteral("-w"),
        QStringLiteral("\n%{http_code}"), url };
    if (!body.isEmpty())
        args << QStringLiteral("-d") << body;
    p.start(QStringLiteral("curl"), args);
    p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype nl = out.lastIndexOf(QLatin1Char('\n'));
    return { out.mid(nl + 1).toInt(), out.left(qMax<qsizetype>(0, nl)) };
}

// CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state is index 0, utime 11, stime 12.
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    // The worker's offset.flush.interval.ms: the source stage is seen through committed offsets.
    const qint64 flushMs = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    const QString rawTarget = dir.filePath(QStringLiteral("raw-target.db"));
    const QString target = dir.filePath(QStringLiteral("target.db"));
    say(QStringLiteral("bench_jdbc: %1 ORDER_TABLE rows, folder %2").arg(rows).arg(dir.path()));
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            say(QStringLiteral("load average at start: ") + QString::fromLatin1(load.readAll().trimmed()));
    }

    // ---- the source table --------------------------------------------------------------------------
    {
        QSqlDatabase db = open(source, QStringLiteral("setup"));
        exec(db,
            QStringLiteral("CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"MESSAGE\" "
                           "VARCHAR(255) NULL)"));
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\" VALUES (?, ?)"));
        for (qint64 id = 1; id <= rows; ++id) {
            q.bindValue(0, id);
            q.bindValue(1, message(id));
            q.exec();
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    // ---- raw stage 1: one SELECT reading every row -------------------------------------------------
    double selectRate = 0;
    QList<QByteArray> json;
    json.reserve(rows);
    {
        QSqlDatabase db = open(source, QStringLiteral("select"));
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM \"ORDER_TABLE\""));
        qint64 n = 0;
        qint64 sum = 0;
        while (q.next()) {
            sum += q.value(0).toLongLong();
            sum += q.value(1).toString().size();
            ++n;
        }
        selectRate = n * 1000.0 / qMax<qint64>(1, t.elapsed());
        say(QStringLiteral("raw SELECT: %1 rows in %2 ms = %3 rows/s (checksum %4)")
                .arg(n)
                .arg(t.elapsed())
                .arg(qRound64(selectRate))
                .arg(sum));
        // The JSON messages the source produces, for the produce stage.
        cs::converters::JsonConverter converter;
        if (!converter.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, false)
                 .ok())
            return 1;
        const cs::data::Schema schema
            = cs::data::SchemaBuilder::structure()
                  .name(QStringLiteral("ORDER_TABLE"))
                  .field(QStringLiteral("ID"), cs::data::Schema::int64())
                  .field(QStringLiteral("MESSAGE"), cs::data::Schema::optionalString())
                  .build();
        for (qint64 id = 1; id <= rows; ++id) {
            cs::data::Struct s(schema);
            s.set(0, cs::data::Value(id));
            s.set(1, cs::data::Value::fromString(message(id)));
            json.append(
                converter.fromConnectData(u"CONNECT_ORDER_TABLE", schema, cs::data::Value(std::move(s)))
                    .value());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("select"));

    // ---- for reference: the source task's poll() alone (rows to Connect records, no Kafka) -----------
    {
        cs::jdbc::source::JdbcSourceConnector connector;
        const cs::connect::TaskConfig config { { QStringLiteral("connection.url"),
                                                   QStringLiteral("jdbc:sqlite:") + source },
            { QStringLiteral("mode"), QStringLiteral("incrementing") },
            { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
            { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") } };
        connector.start(config);
        cs::jdbc::source::JdbcSourceTask task;
        task.start(connector.taskConfigs(1).first());
        connector.stop();
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        while (n < rows && t.elapsed() < 600000)
            n += task.poll().value().size();
        say(QStringLiteral(
            "source task poll() alone (rows to Connect records): %1 records in %2 ms = %3 records/s")
                .arg(n)
                .arg(t.elapsed())
                .arg(qRound64(n * 1000.0 / qMax<qint64>(1, t.elapsed()))));
        task.stop();
    }

    // ---- raw stage 2: producing the JSON messages to an embedded broker ----------------------------
    double produceRate = 0;
    {
        cs::kafka::EmbeddedBroker broker;
        if (!broker.start(freePort())) {
            say(broker.errorString());
            return 1;
        }
        cs::kafka::ClientConfig client;
        client.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(broker.port());
        cs::kafka::Admin admin(client);
        admin.open();
        admin.createTopics({ { QStringLiteral("RAW_ORDER_TABLE"), 1, 1, {} } }, true);
        cs::kafka::Producer producer(client);
        if (!producer.open()) {
            say(producer.errorString());
            return 1;
        }
        QElapsedTimer t;
        t.start();
        for (const QByteArray &value : std::as_const(json))
            producer.produce(QStringLiteral("RAW_ORDER_TABLE"), std::nullopt, value);
        producer.flush(120000);
        produceRate = json.size() * 1000.0 / qMax<qint64>(1, t.elapsed());
        say(QStringLiteral("raw produce (JSON already serialised, %1): %2 messages in %3 ms = %4 messages/s")
                .arg(QString::fromLatin1(producer.compression()))
                .arg(json.size())
                .arg(t.elapsed())
                .arg(qRound64(produceRate)));
    }
    json.clear();
    json.squeeze();

    // ---- raw stage 3: inserting the rows in batched transactions -----------------------------------
    double insertRate = 0;
    {
        QSqlDatabase db = open(rawTarget, QStringLiteral("insert"));
        exec(db,
            QStringLiteral(
                "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\"ID\" INTEGER NOT NULL, \"MESSAGE\" TEXT NULL)"));
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO \"CONNECT_ORDER_TABLE\"(\"ID\",\"MESSAGE\") VALUES(?,?)"));
        const int batch = 3000; // the sink's batch.size default
        for (qint64 id = 1; id <= rows; ++id) {
            if ((id - 1) % batch == 0)
                db.transaction();
            q.bindValue(0, id);
            q.bindValue(1, message(id));
            q.exec();
            if (id % batch == 0 || id == rows)
                db.commit();
        }
        insertRate = rows * 1000.0 / qMax<qint64>(1, t.elapsed());
        say(QStringLiteral(
            "raw INSERT (batches of 3000 in one transaction each): %1 rows in %2 ms = %3 rows/s")
                .arg(rows)
                .arg(t.elapsed())
                .arg(qRound64(insertRate)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("insert"));

    // ---- end to end through a real worker ------------------------------------------------------------
    const quint16 restPort = freePort();
    const quint16 brokerPort = freePort();
    const QString props = dir.filePath(QStringLiteral("worker.properties"));
    {
        QFile f(props);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("bootstrap.servers=127.0.0.1:%1\ngroup.id=bench-jdbc-%2\n"
                               "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                               "status.storage.topic=connect-status\noffset.flush.interval.ms=%4\n"
                               "listeners=HTTP://127.0.0.1:%3\n")
                    .arg(brokerPort)
                    .arg(restPort)
                    .arg(restPort)
                    .arg(flushMs)
                    .toUtf8());
    }
    QProcess worker;
    worker.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/connect-studio-worker"));
    worker.setArguments({ QStringLiteral("--embedded-kafka=%1").arg(brokerPort),
        QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state")), props });
    worker.setStandardErrorFile(dir.filePath(QStringLiteral("worker.log")));
    worker.start();
    QByteArray out;
    QElapsedTimer ready;
    ready.start();
    while (!out.contains("Kafka bootstrap:") && ready.elapsed() < 30000) {
        worker.waitForReadyRead(200);
        out += worker.readAllStandardOutput();
    }
    const QString bootstrap = QRegularExpression(QStringLiteral("Kafka bootstrap: (\\S+)"))
                                  .match(QString::fromUtf8(out))
                                  .captured(1);
    const QString rest = QStringLiteral("http://127.0.0.1:%1/connectors").arg(restPort);
    QElapsedTimer e2e;
    e2e.start();
    auto [code, body] = curl(QStringLiteral("POST"), rest,
        QStringLiteral(
            "{\"name\":\"bench-source\",\"config\":{\"connector.class\":\"io.confluent.connect.jdbc."
            "JdbcSourceConnector\",\"connection.url\":\"jdbc:sqlite:%1\",\"mode\":\"incrementing\","
            "\"incrementing.column.name\":\"ID\",\"table.whitelist\":\"ORDER_TABLE\",\"topic.prefix\":"
            "\"CONNECT_\",\"tasks.max\":\"1\",\"poll.interval.ms\":\"100\"}}")
            .arg(source));
    if (code != 201) {
        say(QStringLiteral("source not created: ") + body);
        return 1;
    }
    // The sink once the source created its topic (kcat -L never auto-creates one).
    for (int i = 0; i < 300; ++i) {
        QProcess k;
        k.start(QStringLiteral("kcat"), { QStringLiteral("-b"), bootstrap, QStringLiteral("-L") });
        k.waitForFinished(10000);
        if (k.readAllStandardOutput().contains("topic \"CONNECT_ORDER_TABLE\""))
            break;
        QThread::msleep(100);
    }
    std::tie(code, body) = curl(QStringLiteral("POST"), rest,
        QStringLiteral("{\"name\":\"bench-sink\",\"config\":{\"connector.class\":\"io.confluent.connect.jdbc."
                       "JdbcSinkConnector\",\"connection.url\":\"jdbc:sqlite:%1\",\"auto.create\":\"true\","
                       "\"auto.evolve\":\"true\",\"delete.enabled\":\"false\",\"tasks.max\":\"1\",\"topics\":"
                       "\"CONNECT_ORDER_TABLE\"}}")
            .arg(target));
    if (code != 201) {
        say(QStringLiteral("sink not created: ") + body);
        return 1;
    }
    qint64 copied = 0;
    qint64 sourceDoneMs = -1; // when the source's committed offset reached the last row
    const QString lastOffset = QStringLiteral("\"incrementing\":%1}").arg(rows);
    {
        QSqlDatabase db;
        while (e2e.elapsed() < 900000) {
            QThread::msleep(250);
            if (sourceDoneMs < 0
                && curl(QStringLiteral("GET"), rest + QStringLiteral("/bench-source/offsets"))
                       .second.contains(lastOffset))
                sourceDoneMs = e2e.elapsed();
            if (!db.isOpen() && QFile::exists(target))
                db = open(target, QStringLiteral("count"));
            // The sink only inserts, so the largest rowid is the row count, found by one B-tree seek.
            // count(*) scanned the whole table (about 40 ms at 1,000,000 rows) every 250 ms, and its
            // read lock held back the sink's commits meanwhile.
            if (db.isOpen())
                copied = scalar(
                    db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"CONNECT_ORDER_TABLE\""));
            if (copied >= rows)
                break;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    const qint64 e2eMs = e2e.elapsed();
    const double workerCpu = cpuSeconds(worker.processId());
    const double e2eRate = copied * 1000.0 / qMax<qint64>(1, e2eMs);
    const double slowest = std::min({ selectRate, produceRate, insertRate });
    say(QStringLiteral(
        "end to end (worker, source poll.interval.ms=100, defaults otherwise): %1 rows in %2 ms = "
        "%3 rows/s")
            .arg(copied)
            .arg(e2eMs)
            .arg(qRound64(e2eRate)));
    say(QStringLiteral("worker CPU time for the end-to-end copy: %1 s (%2 rows per CPU second); load average "
                       "while running shows how much of the 2 cores it got")
            .arg(workerCpu, 0, 'f', 1)
            .arg(qRound64(copied / qMax(0.001, workerCpu))));
    if (sourceDoneMs < 0)
        say(QStringLiteral(
            "source stage in the worker: its committed offset did not reach the last row before the "
            "target had every row (offset.flush.interval.ms=%1)")
                .arg(flushMs));
    else
        say(QStringLiteral(
            "source stage in the worker (rows produced and offsets committed, offset.flush.interval.ms=%4, "
            "seen by 250 ms polls of the offsets endpoint): %1 rows in %2 ms = %3 rows/s")
                .arg(rows)
                .arg(sourceDoneMs)
                .arg(qRound64(rows * 1000.0 / qMax<qint64>(1, sourceDoneMs)))
                .arg(flushMs));
    say(QStringLiteral(
        "ratios: end to end / SELECT = %1, / produce = %2, / INSERT = %3; / slowest raw stage = %4")
            .arg(e2eRate / selectRate, 0, 'f', 3)
            .arg(e2eRate / produceRate, 0, 'f', 3)
            .arg(e2eRate / insertRate, 0, 'f', 3)
            .arg(e2eRate / slowest, 0, 'f', 3));

    // ---- latency: INSERT in the source -> row in the target ------------------------------------------
    {
        QSqlDatabase src = open(source, QStringLiteral("lat-src"));
        QSqlDatabase dst = open(target, QStringLiteral("lat-dst"));
        QSqlQuery insert(src);
        insert.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\" VALUES (?, ?)"));
        // The sink's auto-created table has no key (pk.mode=none), so "WHERE ID = ?" would scan every
        // row: about 36 ms per look at 1,000,000 rows, and each scan's read lock holds back the sink's
        // commit. New rows get higher rowids, so the probe looks only past the last rowid before the
        // INSERT (a B-tree seek) and measures the pipeline, not itself.
        QSqlQuery lastRowid(dst);
        lastRowid.prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"CONNECT_ORDER_TABLE\""));
        QSqlQuery probe(dst);
        probe.prepare(QStringLiteral("SELECT 1 FROM \"CONNECT_ORDER_TABLE\" WHERE rowid > ? AND \"ID\" = ?"));
        std::mt19937 random(42);
        QList<double> samples;
        const int count = 200;
        for (int i = 1; i <= count; ++i) {
            QThread::msleep(random() % 150);
            const qint64 id = rows + i;
            qint64 after = 0;
            if (lastRowid.exec() && lastRowid.next())
                after = lastRowid.value(0).toLongLong();
            lastRowid.finish();
            QElapsedTimer t;
            t.start();
            insert.bindValue(0, id);
            insert.bindValue(1, message(id));
            insert.exec();
            bool seen = false;
            while (!seen && t.elapsed() < 30000) {
                probe.bindValue(0, after);
                probe.bindValue(1, id);
                seen = probe.exec() && probe.next();
                probe.finish();
                if (!seen)
                    QThread::usleep(1000);
            }
            samples << t.nsecsElapsed() / 1e6;
        }
        std::sort(samples.begin(), samples.end());
        // Nearest rank: the smallest sample that at least p of all samples do not exceed (p99 of 200
        // samples is the 198th); the maximum is printed beside it.
        auto pct = [&](double p) {
            const auto rank = qsizetype(std::ceil(p * double(samples.size())));
            return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
        };
        say(QStringLiteral(
            "latency INSERT -> target row, poll.interval.ms=100, %1 samples: p50 %2 ms, p99 %3 ms, "
            "max %4 ms")
                .arg(samples.size())
                .arg(pct(0.50), 0, 'f', 1)
                .arg(pct(0.99), 0, 'f', 1)
                .arg(samples.last(), 0, 'f', 1));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lat-src"));
    QSqlDatabase::removeDatabase(QStringLiteral("lat-dst"));
    worker.terminate();
    worker.waitForFinished(20000);
    return 0;
}
