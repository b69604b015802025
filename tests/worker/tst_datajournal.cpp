// The embedded mode's data journal: records come back from a reopened file exactly as appended (null
// and empty keys and values, headers), a record torn by kill -9 is cut at open, and files written with
// the earlier QDataStream encoding of the body still read (the format did not change). Compaction
// keeps, per partition, what is at or above the offset asked (and each partition's last record), bounds
// the file when it runs by itself, and kill -9 at any stage of it leaves the old file or the new one;
// a worker started on a compacted file gives every record its old offset back and the partition's log
// start is the first kept record (embedded broker).
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "kafka/admin.h"
#include "kafka/consumer.h"
#include "support/databaseservers.h"
#include "support/workeroptions.h"
#include "worker/datajournal.h"
#include "worker/worker.h"

using cs::kafka::Message;
using cs::worker::DataJournal;

namespace {

Message message(int i)
{
    Message m;
    m.topic = QStringLiteral("주문-%1").arg(i % 3);
    m.partition = i % 2;
    m.offset = 1000 + i;
    m.timestamp = 1700000000000 + i;
    switch (i % 4) {
    case 0:
        m.key = QByteArray("key-") + QByteArray::number(i);
        m.value = QByteArray(300 + i, char('a' + i % 26));
        break;
    case 1:
        m.key = std::nullopt; // no key
        m.value = QByteArray(""); // empty, not null
        break;
    case 2:
        m.key = QByteArray(); // null bytes
        m.value = std::nullopt; // a tombstone
        break;
    default:
        m.key = QByteArray("k");
        m.value = QByteArray("{\"v\":1}");
        m.headers = { { QStringLiteral("h1"), QByteArray("x") }, { QStringLiteral("h2"), std::nullopt } };
    }
    return m;
}

void expectSame(const Message &got, const Message &want)
{
    QCOMPARE(got.topic, want.topic);
    QCOMPARE(got.partition, want.partition);
    QCOMPARE(got.offset, want.offset);
    QCOMPARE(got.timestamp, want.timestamp);
    QCOMPARE(got.key.has_value(), want.key.has_value());
    if (got.key)
        QCOMPARE(*got.key, *want.key);
    QCOMPARE(got.value.has_value(), want.value.has_value());
    if (got.value)
        QCOMPARE(*got.value, *want.value);
    QCOMPARE(got.headers.size(), want.headers.size());
    for (qsizetype i = 0; i < got.headers.size(); ++i)
        QVERIFY(got.headers.at(i) == want.headers.at(i));
}

QList<Message> replayAll(DataJournal &journal)
{
    QList<Message> all;
    journal.replay([&](const Message &m) {
        all.append(m);
        return true;
    });
    return all;
}

// The body as the journal wrote it with QDataStream before it encoded by hand.
QByteArray oldRecord(const Message &m)
{
    QByteArray body;
    QDataStream s(&body, QIODevice::WriteOnly);
    auto optional = [&](const std::optional<QByteArray> &bytes) {
        s << bool(bytes);
        if (bytes)
            s << *bytes;
    };
    s << m.topic.toUtf8() << qint32(m.partition) << qint64(m.offset) << qint64(m.timestamp);
    optional(m.key);
    optional(m.value);
    s << qint32(m.headers.size());
    for (const cs::kafka::Header &h : m.headers) {
        s << h.name.toUtf8();
        optional(h.value);
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : std::as_const(body)) {
        crc ^= static_cast<quint8>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    crc ^= 0xFFFFFFFFu;
    QByteArray record(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), record.data());
    record += body;
    QByteArray tail(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc, tail.data());
    return record + tail;
}

// Records of two partitions of one topic, offsets 0..count-1 each, about 200 bytes of value.
Message sequenced(int partition, qint64 offset)
{
    Message m;
    m.topic = QStringLiteral("orders");
    m.partition = partition;
    m.offset = offset;
    m.timestamp = 1700000000000 + offset;
    m.key = QByteArray::number(offset);
    m.value = QByteArray(R"({"id":)") + QByteArray::number(offset) + R"(,"p":)"
        + QByteArray::number(partition) + R"(,"text":")" + QByteArray(160, char('a' + offset % 26)) + R"("})";
    return m;
}

void fill(DataJournal &journal, qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        for (int p = 0; p < 2; ++p)
            QVERIFY(journal.append(sequenced(p, i)));
    }
    QVERIFY(journal.sync());
}

// What replay gives: partition → its offsets in order (each record also checked against sequenced()).
QHash<int, QList<qint64>> offsetsIn(DataJournal &journal)
{
    QHash<int, QList<qint64>> out;
    journal.replay([&](const Message &m) {
        const Message want = sequenced(m.partition, m.offset);
        if (m.value != want.value || m.key != want.key || m.timestamp != want.timestamp)
            out[-1].append(m.offset); // a record that is not what was written
        out[m.partition].append(m.offset);
        return true;
    });
    return out;
}

QList<qint64> range(qint64 from, qint64 to) // [from, to)
{
    QList<qint64> r;
    for (qint64 i = from; i < to; ++i)
        r.append(i);
    return r;
}

} // namespace

class TestDataJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAfterReopen();
    void tornTailIsCut();
    void readsTheEarlierEncoding();
    void compactionKeepsFromTheOffsetAsked();
    void compactionRunsByItselfAndBoundsTheFile();
    void killDuringCompactionLeavesOneWholeFile_data();
    void killDuringCompactionLeavesOneWholeFile();
    void leftoverCompactionFileIsIgnored();
    void workerRestoresCompactedOffsets();
};

void TestDataJournal::roundTripAfterReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/worker.data"));
    QList<Message> written;
    {
        DataJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        for (int i = 0; i < 50; ++i) {
            written.append(message(i));
            QVERIFY(journal.append(written.last()));
        }
        QVERIFY(journal.sync());
    }
    DataJournal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    QCOMPARE(journal.recordCount(), 50);
    QCOMPARE(journal.topics().value(QStringLiteral("주문-0")), 2);
    // Where a sink may commit up to: after the last record of each partition (message(48) is the last
    // of 주문-0 partition 0, offset 1048), nothing for a partition the journal never saw.
    QCOMPARE(journal.endOffset({ QStringLiteral("주문-0"), 0 }), std::optional<qint64>(1049));
    QCOMPARE(journal.endOffset({ QStringLiteral("주문-0"), 7 }), std::nullopt);
    QCOMPARE(journal.endOffset({ QStringLiteral("other"), 0 }), std::nullopt);
    const QList<Message> read = replayAll(journal);
    QCOMPARE(read.size(), written.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        expectSame(read.at(i), written.at(i));
}

void TestDataJournal::tornTailIsCut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    qint64 wholeSize = 0;
    {
        DataJournal journal;
        QVERIFY(journal.open(path));
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(message(i)));
        QVERIFY(journal.sync());
        wholeSize = QFileInfo(path).size();
        QVERIFY(journal.append(message(3)));
        QVERIFY(journal.sync());
    }
    QVERIFY(QFile::resize(path, QFileInfo(path).size() - 3)); // kill -9 during the fourth write
    {
        DataJournal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(journal.recordCount(), 3);
        QCOMPARE(QFileInfo(path).size(), wholeSize);
        QVERIFY(journal.append(message(4))); // appends continue after the last whole record
        QVERIFY(journal.sync());
    }
    DataJournal journal;
    QVERIFY(journal.open(path));
    const QList<Message> read = replayAll(journal);
    QCOMPARE(read.size(), 4);
    expectSame(read.at(2), message(2));
    expectSame(read.at(3), message(4));
}

void TestDataJournal::readsTheEarlierEncoding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    QByteArray oldFile("CSDATA1\n");
    for (int i = 0; i < 8; ++i)
        oldFile += oldRecord(message(i));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(oldFile);
    }
    {
        DataJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QCOMPARE(journal.recordCount(), 8);
        const QList<Message> read = replayAll(journal);
        QCOMPARE(read.size(), 8);
        for (int i = 0; i < 8; ++i)
            expectSame(read.at(i), message(i));
    }
    // And what the journal writes now is byte for byte what it wrote then.
    const QString fresh = dir.filePath(QStringLiteral("fresh.data"));
    {
        DataJournal journal;
        QVERIFY(journal.open(fresh));
        for (int i = 0; i < 8; ++i)
            QVERIFY(journal.append(message(i)));
        QVERIFY(journal.sync());
    }
    QFile f(fresh);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), oldFile);
}

void TestDataJournal::compactionKeepsFromTheOffsetAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    DataJournal journal;
    QVERIFY(journal.open(path));
    fill(journal, 10000);
    const qint64 before = journal.fileSize();
    QCOMPARE(journal.recordCount(), 20000);

    // Partition 0 keeps 9000.., partition 1 is not named and keeps everything.
    QVERIFY2(
        journal.compact({ { { QStringLiteral("orders"), 0 }, 9000 } }), qPrintable(journal.errorString()));
    QCOMPARE(journal.recordCount(), 11000);
    QCOMPARE(journal.spans().value({ QStringLiteral("orders"), 0 }).first, 9000);
    QCOMPARE(journal.spans().value({ QStringLiteral("orders"), 1 }).first, 0);
    QVERIFY(journal.fileSize() < before * 56 / 100);
    QVERIFY(!QFile::exists(path + QStringLiteral(".compact")));

    // Appends go on into the new file; past the last record, the last record is kept; 1 counts as 0.
    QVERIFY(journal.append(sequenced(0, 10000)));
    QVERIFY(journal.sync());
    QVERIFY(journal.compact(
        { { { QStringLiteral("orders"), 0 }, 50000 }, { { QStringLiteral("orders"), 1 }, 1 } }));
    QCOMPARE(journal.recordCount(), 10001);
    journal.close();

    DataJournal reopened;
    QVERIFY(reopened.open(path));
    const QHash<int, QList<qint64>> offsets = offsetsIn(reopened);
    QVERIFY(!offsets.contains(-1));
    QCOMPARE(offsets.value(0), QList<qint64> { 10000 });
    QCOMPARE(offsets.value(1), range(0, 10000));
    QCOMPARE(reopened.recordCount(), 10001);
}

void TestDataJournal::compactionRunsByItselfAndBoundsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    DataJournal journal;
    QVERIFY(journal.open(path));
    // As the worker's retention does: keep what a broker holding the last 2,000 records would hold.
    constexpr qint64 bound = 1024 * 1024;
    journal.setAutoCompaction(bound, [&journal]() -> std::optional<QHash<DataJournal::Partition, qint64>> {
        QHash<DataJournal::Partition, qint64> keep;
        const auto spans = journal.spans();
        for (auto it = spans.cbegin(); it != spans.cend(); ++it)
            keep.insert(it.key(), it->last - 1999);
        return keep;
    });
    qint64 written = 0;
    for (qint64 i = 0; i < 100000; ++i) {
        for (int p = 0; p < 2; ++p) {
            QVERIFY(journal.append(sequenced(p, i)));
            written += 250;
        }
        if (i % 500 == 499) {
            QVERIFY(journal.sync());
            // Waiting for a compaction under way (a worker's appends go on meanwhile and are copied
            // last) checks the bound without depending on how fast the compaction thread is: the file
            // is at most 1.5 times what the last compaction kept (2,000 records a partition and what
            // was appended while it ran) or that plus the bound.
            journal.waitForCompaction();
            QVERIFY2(journal.fileSize() <= 3 * bound,
                qPrintable(QStringLiteral("%1 bytes after %2 records").arg(journal.fileSize()).arg(2 * i)));
        }
    }
    QVERIFY(journal.sync());
    journal.close();
    QVERIFY(journal.compactions() > 20);
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size <= 3 * bound, qPrintable(QStringLiteral("%1 of %2 bytes").arg(size).arg(written)));

    // Whatever was kept is whole and ends with the last record of each partition, in order.
    DataJournal reopened;
    QVERIFY(reopened.open(path));
    const QHash<int, QList<qint64>> offsets = offsetsIn(reopened);
    QVERIFY(!offsets.contains(-1));
    for (int p = 0; p < 2; ++p) {
        const QList<qint64> &o = offsets.value(p);
        QVERIFY(o.size() >= 2000);
        QCOMPARE(o, range(o.first(), 100000));
    }
}

void TestDataJournal::killDuringCompactionLeavesOneWholeFile_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<bool>("compacted");
    QTest::newRow("copied, not synced") << int(DataJournal::CompactionStage::Copied) << false;
    QTest::newRow("synced, not renamed") << int(DataJournal::CompactionStage::Synced) << false;
    QTest::newRow("renamed") << int(DataJournal::CompactionStage::Renamed) << true;
}

void TestDataJournal::killDuringCompactionLeavesOneWholeFile()
{
    QFETCH(int, stage);
    QFETCH(bool, compacted);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    {
        DataJournal journal;
        QVERIFY(journal.open(path));
        fill(journal, 3000);
    }
    // The compaction runs in a child process that kill -9s itself at the stage.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        DataJournal journal;
        if (!journal.open(path))
            ::_exit(2);
        journal.compact(
            { { { QStringLiteral("orders"), 0 }, 2500 }, { { QStringLiteral("orders"), 1 }, 1000 } },
            [stage](DataJournal::CompactionStage reached) {
                if (int(reached) == stage)
                    ::raise(SIGKILL);
            });
        ::_exit(3);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    DataJournal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".compact")));
    const QHash<int, QList<qint64>> offsets = offsetsIn(journal);
    QVERIFY(!offsets.contains(-1));
    QCOMPARE(offsets.value(0), compacted ? range(2500, 3000) : range(0, 3000));
    QCOMPARE(offsets.value(1), compacted ? range(1000, 3000) : range(0, 3000));
    // And the journal goes on from there.
    QVERIFY(journal.append(sequenced(0, 3000)));
    QVERIFY(journal.sync());
    QCOMPARE(journal.spans().value({ QStringLiteral("orders"), 0 }).last, 3000);
}

void TestDataJournal::leftoverCompactionFileIsIgnored()
{
    // A .compact file cut short (kill -9 while it was written): the data file is what counts.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.data"));
    {
        DataJournal journal;
        QVERIFY(journal.open(path));
        fill(journal, 100);
    }
    {
        QFile data(path);
        QVERIFY(data.open(QIODevice::ReadOnly));
        QFile torn(path + QStringLiteral(".compact"));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write(data.read(data.size() / 2 + 7));
    }
    DataJournal journal;
    QVERIFY(journal.open(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".compact")));
    QCOMPARE(journal.recordCount(), 200);
}

void TestDataJournal::workerRestoresCompactedOffsets()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    const QString group = QStringLiteral("compacted");
    {
        DataJournal journal;
        QVERIFY(journal.open(state + u'/' + group + QStringLiteral(".data")));
        fill(journal, 1000);
        // Partition 0 from 700, partition 1 whole.
        QVERIFY(journal.compact({ { { QStringLiteral("orders"), 0 }, 700 } }));
    }
    QString error;
    const std::optional<cs::worker::Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
        QStringLiteral("group.id=%1\nlisteners=http://127.0.0.1:%2\n"
                       "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                       "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                       "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                       "status.storage.topic=connect-status\n")
            .arg(group)
            .arg(cs::testsupport::freeTcpPort()),
        cs::testsupport::freeTcpPort(), state, &error);
    QVERIFY2(options, qPrintable(error));
    cs::worker::Worker worker(*options);
    QVERIFY2(worker.start(&error), qPrintable(error));

    cs::kafka::ClientConfig client;
    client.bootstrapServers = worker.bootstrapServers();
    cs::kafka::Admin admin(client);
    QVERIFY(admin.open());
    qint64 low = -1;
    qint64 high = -1;
    QVERIFY(admin.watermarks(QStringLiteral("orders"), 0, &low, &high, &error));
    QCOMPARE(low, 700); // the log starts at the first kept record
    QCOMPARE(high, 1000);
    QVERIFY(admin.watermarks(QStringLiteral("orders"), 1, &low, &high, &error));
    QCOMPARE(low, 0);
    QCOMPARE(high, 1000);

    // From the beginning, every record comes back at its old offset.
    cs::kafka::Consumer consumer(client);
    consumer.assign(QStringLiteral("orders"), {}, cs::kafka::StartPosition::beginning());
    consumer.setStopAtEnd(true);
    consumer.start();
    QHash<int, QList<qint64>> offsets;
    bool end = false;
    while (!end) {
        const cs::kafka::ConsumerBatch batch = consumer.take(30000);
        if (!batch.errors.isEmpty())
            QFAIL(qPrintable(batch.errors.first().message));
        for (const Message &m : batch.messages) {
            QCOMPARE(m.value, sequenced(m.partition, m.offset).value);
            offsets[m.partition].append(m.offset);
        }
        end = batch.endReached || batch.finished;
        QVERIFY(!batch.finished || batch.endReached);
    }
    consumer.stop();
    QCOMPARE(offsets.value(0), range(700, 1000));
    QCOMPARE(offsets.value(1), range(0, 1000));
    worker.stop();
}

QTEST_GUILESS_MAIN(TestDataJournal)
#include "tst_datajournal.moc"
