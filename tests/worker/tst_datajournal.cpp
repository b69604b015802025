// The embedded mode's data journal: records come back from a reopened file exactly as appended (null
// and empty keys and values, headers), a record torn by kill -9 is cut at open, and files written with
// the earlier QDataStream encoding of the body still read (the format did not change).
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "worker/datajournal.h"

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

} // namespace

class TestDataJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAfterReopen();
    void tornTailIsCut();
    void readsTheEarlierEncoding();
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

QTEST_GUILESS_MAIN(TestDataJournal)
#include "tst_datajournal.moc"
