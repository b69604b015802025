// bench_jdbcsink: how fast the JDBC sink writes ORDER_TABLE rows, beside the raw stage on the same
// database (one prepared single-row INSERT executed per row, 3,000 rows per transaction: what a hand-written
// loader does). Prints rows/s for raw, sink insert and sink upsert, and the sink/raw ratios.
//   bench_jdbcsink [rows=200000] [jdbc-url (default: a new SQLite file)] [user] [password]
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "data/schemabuilder.h"
#include "data/struct.h"
#include "data/value.h"
#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/sink/jdbcdbwriter.h"

using namespace cs::jdbc;
using cs::data::Schema;
using cs::data::SchemaBuilder;
using cs::data::Struct;
using cs::data::Value;

namespace {

QList<cs::connect::SinkRecord> makeRecords(const QString &topic, int rows)
{
    const Schema schema = SchemaBuilder::structure()
                              .name(QStringLiteral("ORDER_TABLE"))
                              .field(QStringLiteral("ID"), Schema::int64())
                              .field(QStringLiteral("MESSAGE"), Schema::optionalString())
                              .build();
    QList<cs::connect::SinkRecord> out;
    out.reserve(rows);
    for (int i = 1; i <= rows; ++i) {
        Struct s(schema);
        s.set(0, Value(qint64(i)));
        s.set(1, Value::fromString(QStringLiteral("order %1 placed.").arg(i)));
        cs::connect::SinkRecord r;
        r.topic = topic;
        r.kafkaOffset = i - 1;
        r.valueSchema = schema;
        r.value = Value(std::move(s));
        out << r;
    }
    return out;
}

double sinkRun(const QString &url, const ConnectionProperties &props, const QString &topic, bool upsert,
    const QList<cs::connect::SinkRecord> &records)
{
    cs::connect::TaskConfig c;
    c.insert(QStringLiteral("name"), QStringLiteral("bench"));
    c.insert(QStringLiteral("connection.url"), url);
    if (!props.user.isEmpty())
        c.insert(QStringLiteral("connection.user"), props.user);
    if (!props.password.isEmpty())
        c.insert(QStringLiteral("connection.password"), props.password);
    c.insert(QStringLiteral("auto.create"), QStringLiteral("true"));
    if (upsert) {
        c.insert(QStringLiteral("insert.mode"), QStringLiteral("upsert"));
        c.insert(QStringLiteral("pk.mode"), QStringLiteral("record_value"));
        c.insert(QStringLiteral("pk.fields"), QStringLiteral("ID"));
    }
    auto config = JdbcSinkConfig::parse(c);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 0;
    }
    JdbcDbWriter writer(config.value());
    // The worker hands put() what the consumer had queued: 5,000-record slices here.
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < records.size(); i += 5000) {
        const auto st = writer.write(records.mid(i, 5000));
        if (!st.ok()) {
            std::fprintf(stderr, "sink write failed: %s\n", qPrintable(st.error().toString()));
            return 0;
        }
    }
    return records.size() * 1000.0 / qMax<qint64>(1, t.elapsed());
}

double rawRun(const QString &url, const ConnectionProperties &props, int rows)
{
    double rate = 0;
    {
        auto db = JdbcUrl::open(url, props, QStringLiteral("bench-raw"));
        auto dialect = Dialects::forUrl(url);
        if (!db || !dialect) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(redactUrl(url)));
            return 0;
        }
        QSqlDatabase &d = db.value();
        TableId id;
        id.table = QStringLiteral("RAW_TABLE");
        QSqlQuery q(d);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + dialect.value()->tableName(id));
        q.exec(
            QStringLiteral("CREATE TABLE %1 (%2 BIGINT NOT NULL, %3 VARCHAR(255) NULL)")
                .arg(dialect.value()->tableName(id), dialect.value()->quoteIdentifier(QStringLiteral("ID")),
                    dialect.value()->quoteIdentifier(QStringLiteral("MESSAGE"))));
        q.prepare(QStringLiteral("INSERT INTO %1 VALUES (?, ?)").arg(dialect.value()->tableName(id)));
        QElapsedTimer t;
        t.start();
        for (int i = 1; i <= rows; i += 3000) {
            d.transaction();
            for (int k = i; k < i + 3000 && k <= rows; ++k) {
                q.bindValue(0, qlonglong(k));
                q.bindValue(1, QStringLiteral("order %1 placed.").arg(k));
                if (!q.exec()) {
                    std::fprintf(stderr, "raw insert failed: %s\n", qPrintable(q.lastError().text()));
                    return 0;
                }
            }
            d.commit();
        }
        rate = rows * 1000.0 / qMax<qint64>(1, t.elapsed());
        q.finish();
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 200000;
    QTemporaryDir dir;
    const QString url = args.size() > 2
        ? args.at(2)
        : QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    ConnectionProperties props;
    if (args.size() > 3)
        props.user = args.at(3);
    if (args.size() > 4)
        props.password = args.at(4);
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const auto records = makeRecords(QStringLiteral("SINK_INSERT_") + suffix, rows);
    const double raw = rawRun(url, props, rows);
    const double insert = sinkRun(url, props, QStringLiteral("SINK_INSERT_") + suffix, false, records);
    QList<cs::connect::SinkRecord> upsertRecords = records;
    for (auto &r : upsertRecords)
        r.topic = QStringLiteral("SINK_UPSERT_") + suffix;
    const double upsert = sinkRun(url, props, QStringLiteral("SINK_UPSERT_") + suffix, true, upsertRecords);
    std::printf("target %s, %d ORDER_TABLE rows\n", qPrintable(redactUrl(url)), rows);
    std::printf("raw prepared INSERT, 3000 rows/transaction : %10.0f rows/s\n", raw);
    std::printf("sink insert (batch.size 3000)              : %10.0f rows/s  (%.2f x raw)\n", insert,
        raw > 0 ? insert / raw : 0);
    std::printf("sink upsert on ID (batch.size 3000)        : %10.0f rows/s  (%.2f x raw)\n", upsert,
        raw > 0 ? upsert / raw : 0);
    return raw > 0 && insert > 0 && upsert > 0 ? 0 : 1;
}
