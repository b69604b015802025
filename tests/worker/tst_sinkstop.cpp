// A sink task that is stopped while it waits to retry a write gives up at once: the JDBC sink asks
// SinkTaskContext::stopRequested() between slices of its retry backoff instead of sleeping out
// max.retries x retry.backoff.ms. Without a stop it keeps retrying as configured.
#include <atomic>
#include <thread>

#include <QElapsedTimer>
#include <QtTest>

#include "data/schemabuilder.h"
#include "data/struct.h"
#include "data/value.h"
#include "jdbc/sink/jdbcsinktask.h"
#include "support/databaseservers.h"

using cs::connect::SinkRecord;
using cs::connect::TaskConfig;
using cs::data::Schema;
using cs::data::SchemaBuilder;
using cs::data::Struct;
using cs::data::Value;

namespace {

class Context final : public cs::connect::SinkTaskContext
{
public:
    void requestCommit() override { }
    bool stopRequested() const override { return stop.load(); }
    std::atomic<bool> stop { false };
};

QList<SinkRecord> oneRecord()
{
    const Schema schema = SchemaBuilder::structure().field(QStringLiteral("id"), Schema::int64()).build();
    Struct s(schema);
    s.set(0, Value(qint64(1)));
    SinkRecord r;
    r.topic = QStringLiteral("orders");
    r.kafkaPartition = 0;
    r.kafkaOffset = 0;
    r.valueSchema = schema;
    r.value = Value(std::move(s));
    return { r };
}

// Nothing listens on the port: every write fails with a retriable error.
TaskConfig unreachable(int maxRetries, int backoffMs)
{
    TaskConfig c;
    c.insert(QStringLiteral("name"), QStringLiteral("stop-test"));
    c.insert(QStringLiteral("connection.url"),
        QStringLiteral("jdbc:postgresql://127.0.0.1:%1/test").arg(cs::testsupport::freeTcpPort()));
    c.insert(QStringLiteral("connection.attempts"), QStringLiteral("1"));
    c.insert(QStringLiteral("max.retries"), QString::number(maxRetries));
    c.insert(QStringLiteral("retry.backoff.ms"), QString::number(backoffMs));
    return c;
}

} // namespace

class TestSinkStop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopEndsTheRetries();
    void withoutStopAllRetriesAreMade();
};

void TestSinkStop::stopEndsTheRetries()
{
    Context context;
    cs::jdbc::JdbcSinkTask task;
    task.initialize(&context);
    QCOMPARE(task.start(unreachable(10, 3000)), std::nullopt);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        context.stop.store(true);
    });
    QElapsedTimer timer;
    timer.start();
    const cs::data::Status st = task.put(oneRecord());
    const qint64 took = timer.elapsed();
    stopper.join();
    QVERIFY(!st.ok());
    QVERIFY2(st.error().toString().contains(QStringLiteral("stopping")), qPrintable(st.error().toString()));
    // 10 retries 3 s apart would take 30 s; the stop came after 0.5 s, in the first backoff.
    QVERIFY2(took < 10000, qPrintable(QString::number(took)));
    task.stop();
}

void TestSinkStop::withoutStopAllRetriesAreMade()
{
    Context context;
    cs::jdbc::JdbcSinkTask task;
    task.initialize(&context);
    QCOMPARE(task.start(unreachable(3, 250)), std::nullopt);
    QElapsedTimer timer;
    timer.start();
    const cs::data::Status st = task.put(oneRecord());
    QVERIFY(!st.ok());
    QVERIFY2(st.error().toString().startsWith(QStringLiteral("Exception chain:\n")),
        qPrintable(st.error().toString()));
    QVERIFY(timer.elapsed() >= 3 * 250); // the backoffs were slept out, in slices
    task.stop();
}

QTEST_GUILESS_MAIN(TestSinkStop)
#include "tst_sinkstop.moc"
