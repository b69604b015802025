// The JDBC source on real database servers started in a temporary folder (tests/support): PostgreSQL,
// MariaDB and H2 (through its PostgreSQL-protocol server). Where they differ from SQLite: the table ids
// the catalog reports (and so the source partitions and the quoted `tables` of task configs), H2's
// upper-case names coming from its catalog, and timestamps read from and bound to real TIMESTAMP
// columns.
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "converters/jsonconverter.h"
#include "data/struct.h"
#include "jdbc/source/jdbcsourceconnector.h"
#include "jdbc/source/jdbcsourcetask.h"
#include "support/databaseservers.h"
#include "worker/internalrecords.h"

using namespace cs::jdbc::source;
using cs::connect::SourceRecord;
using cs::connect::TaskConfig;
using cs::data::Value;
using cs::jdbc::DatabaseKind;
using cs::testsupport::DatabaseServer;

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

class Offsets final : public cs::connect::SourceTaskContext
{
public:
    Value offset(const Value &partition) override
    {
        const auto key = m_codec.offsetKey(QStringLiteral("src"), partition);
        if (!key.ok() || !m_stored.contains(*key))
            return {};
        auto decoded = m_codec.decodeJson(m_stored.value(*key));
        return decoded.ok() ? std::move(decoded).value() : Value();
    }
    void commit(const QList<SourceRecord> &records)
    {
        for (const SourceRecord &r : records) {
            const auto key = m_codec.offsetKey(QStringLiteral("src"), r.sourcePartition);
            const auto value = m_codec.offsetValue(r.sourceOffset);
            if (key.ok() && value.ok() && value.value()) {
                m_stored.insert(*key, *value.value());
                lastKey = *key;
                lastValue = *value.value();
            }
        }
    }
    QByteArray lastKey;
    QByteArray lastValue;

private:
    cs::worker::InternalRecords m_codec;
    QHash<QByteArray, QByteArray> m_stored;
};

QList<SourceRecord> run(const TaskConfig &config, Offsets *offsets, int expected, QString *tables = nullptr)
{
    JdbcSourceConnector connector;
    if (const auto error = connector.start(config)) {
        qWarning().noquote() << *error;
        return {};
    }
    const TaskConfig taskConfig = connector.taskConfigs(1).value(0);
    connector.stop();
    if (tables)
        *tables = taskConfig.value(QStringLiteral("tables"));
    JdbcSourceTask task;
    task.initialize(offsets);
    if (const auto error = task.start(taskConfig)) {
        qWarning().noquote() << *error;
        return {};
    }
    QList<SourceRecord> all;
    QElapsedTimer timer;
    timer.start();
    while (all.size() < expected && timer.elapsed() < 8000) {
        auto polled = task.poll();
        if (!polled.ok()) {
            qWarning().noquote() << polled.error().toString();
            break;
        }
        all += *polled;
    }
    if (offsets)
        offsets->commit(all);
    task.stop();
    return all;
}

QByteArray json(const SourceRecord &r)
{
    cs::converters::JsonConverter converter;
    const cs::data::Status configured
        = converter.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, false);
    if (!configured.ok())
        return configured.error().toString().toUtf8();
    auto bytes = converter.fromConnectData(r.topic, r.valueSchema, r.value);
    return bytes.ok() ? bytes.value() : bytes.error().toString().toUtf8();
}

} // namespace

class TestJdbcSourceLive : public QObject
{
    Q_OBJECT

private:
    // The lab's ORDER_TABLE with two orders, read by the lab's connector config; then a third order
    // after a restart from the committed offset.
    void labOnServer(DatabaseServer &server, DatabaseKind kind, const QString &expectedTables,
        const QString &expectedPartitionTable, const TaskConfig &extra = {})
    {
        QString error;
        {
            auto db = server.connect(QStringLiteral("live-setup"));
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            QVERIFY2(cs::testsupport::createOrderTable(db.value(), kind, &error), qPrintable(error));
            for (const QString &m :
                { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") })
                QVERIFY2(cs::testsupport::insertOrder(db.value(), kind, m, &error) > 0, qPrintable(error));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live-setup"));
        TaskConfig config { { QStringLiteral("connection.url"), server.jdbcUrl() },
            { QStringLiteral("connection.user"), server.user() },
            { QStringLiteral("connection.password"), server.password() },
            { QStringLiteral("mode"), QStringLiteral("incrementing") },
            { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
            { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
            { QStringLiteral("tasks.max"), QStringLiteral("1") },
            { QStringLiteral("poll.interval.ms"), QStringLiteral("100") } };
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            config.insert(it.key(), it.value());
        Offsets offsets;
        QString tables;
        const QList<SourceRecord> records = run(config, &offsets, 2, &tables);
        QCOMPARE(tables, expectedTables);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).topic, QStringLiteral("CONNECT_ORDER_TABLE"));
        QCOMPARE(QString::fromUtf8(json(records.at(0))), labJson(1, QStringLiteral("1st OrderPlaced.")));
        QCOMPARE(QString::fromUtf8(json(records.at(1))), labJson(2, QStringLiteral("2nd OrderPlaced.")));
        QCOMPARE(QString::fromUtf8(offsets.lastKey),
            QStringLiteral("[\"src\",{\"protocol\":\"1\",\"table\":\"%1\"}]").arg(expectedPartitionTable));
        QCOMPARE(offsets.lastValue, QByteArray("{\"incrementing\":2}"));
        {
            auto db = server.connect(QStringLiteral("live-setup"));
            QVERIFY(db.ok());
            QVERIFY2(
                cs::testsupport::insertOrder(db.value(), kind, QStringLiteral("3rd OrderPlaced."), &error)
                    > 0,
                qPrintable(error));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live-setup"));
        const QList<SourceRecord> more = run(config, &offsets, 1);
        QCOMPARE(more.size(), 1);
        QCOMPARE(QString::fromUtf8(json(more.at(0))), labJson(3, QStringLiteral("3rd OrderPlaced.")));
    }

private Q_SLOTS:
    void postgresql()
    {
        cs::testsupport::PostgresServer pg;
        CS_START_SERVER(pg);
        labOnServer(pg, DatabaseKind::PostgreSql, QStringLiteral("\"public\".\"ORDER_TABLE\""),
            QStringLiteral("public.ORDER_TABLE"));
        if (QTest::currentTestFailed())
            return;

        // timestamp+incrementing on real TIMESTAMP columns, bound as text in db.timezone.
        {
            auto db = pg.connect(QStringLiteral("live-ts"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TABLE events (id BIGSERIAL PRIMARY KEY, updated TIMESTAMP NOT NULL, "
                         "amount NUMERIC(10,2), day DATE, flag BOOLEAN)")),
                qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO events(updated, amount, day, flag) VALUES "
                                           "('2020-01-01 10:00:00.123', 12.5, '2020-01-02', true), "
                                           "('2020-01-01 10:00:01', NULL, NULL, NULL)")),
                qPrintable(q.lastError().text()));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live-ts"));
        TaskConfig config { { QStringLiteral("connection.url"), pg.jdbcUrl() },
            { QStringLiteral("connection.user"), pg.user() },
            { QStringLiteral("connection.password"), pg.password() },
            { QStringLiteral("mode"), QStringLiteral("timestamp+incrementing") },
            { QStringLiteral("incrementing.column.name"), QStringLiteral("id") },
            { QStringLiteral("timestamp.column.name"), QStringLiteral("updated") },
            { QStringLiteral("table.whitelist"), QStringLiteral("events") },
            { QStringLiteral("poll.interval.ms"), QStringLiteral("100") },
            { QStringLiteral("db.timezone"), QStringLiteral("Asia/Seoul") } };
        Offsets offsets;
        const auto records = run(config, &offsets, 2);
        QCOMPARE(records.size(), 2);
        // 10:00:00.123 in Seoul is 01:00:00.123 UTC.
        QCOMPARE(records.at(0).value.structValue().get(1).toInt64(), qint64(1577840400123));
        QCOMPARE(QString::fromUtf8(offsets.lastValue),
            QStringLiteral("{\"timestamp_nanos\":0,\"incrementing\":2,\"timestamp\":1577840401000}"));
        const QString first = QString::fromUtf8(json(records.at(0)));
        QVERIFY2(first.contains(QStringLiteral(
                     "\"payload\":{\"id\":1,\"updated\":1577840400123,\"amount\":\"BOI=\",\"day\":18263,"
                     "\"flag\":true}")),
            qPrintable(first));
        QCOMPARE(run(config, &offsets, 1).size(), 0);
        {
            auto db = pg.connect(QStringLiteral("live-ts"));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET updated = '2020-01-01 10:00:05' WHERE id = 1")));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live-ts"));
        const auto updated = run(config, &offsets, 1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).value.structValue().get(0).toInt64(), qint64(1));
    }

    void mariadb()
    {
        cs::testsupport::MariaDbServer maria;
        CS_START_SERVER(maria);
        labOnServer(maria, DatabaseKind::MariaDb, QStringLiteral("`test`.`ORDER_TABLE`"),
            QStringLiteral("test.ORDER_TABLE"));
    }

    void h2()
    {
        cs::testsupport::H2Server h2;
        CS_START_SERVER(h2);
        // H2's PG server lower-cases result labels; names still come out as H2's catalog has them.
        labOnServer(h2, DatabaseKind::H2, QStringLiteral("\"PUBLIC\".\"ORDER_TABLE\""),
            QStringLiteral("PUBLIC.ORDER_TABLE"),
            { { QStringLiteral("h2.pg.port"), QString::number(h2.pgPort()) } });
    }
};

QTEST_GUILESS_MAIN(TestJdbcSourceLive)
#include "tst_jdbcsource_live.moc"
