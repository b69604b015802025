// The FileStream source and sink tasks on real files: line splitting, positions, resuming from a
// committed offset, batch size, appending output, and what the connectors hand their tasks.
#include <QTemporaryDir>
#include <QTest>

#include "connect/pluginregistry.h"
#include "connect/plugins/filestream/filestreamsinktask.h"
#include "connect/plugins/filestream/filestreamsourcetask.h"

using namespace cs;
using namespace cs::connect;
using namespace Qt::StringLiterals;

namespace {

// Offsets as a worker would store them, keyed by the partition's text.
class MemoryOffsets final : public SourceTaskContext
{
public:
    data::Value offset(const data::Value &partition) override
    {
        return m_offsets.value(partition.toString());
    }
    void commit(const SourceRecord &r) { m_offsets.insert(r.sourcePartition.toString(), r.sourceOffset); }

private:
    QHash<QString, data::Value> m_offsets;
};

void writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY(f.open(mode));
    f.write(data);
}

QStringList values(const QList<SourceRecord> &records)
{
    QStringList result;
    for (const SourceRecord &r : records)
        result.append(r.value.toQString());
    return result;
}

} // namespace

class TstFileStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceReadsLinesWithPositions();
    void sourceResumesFromCommittedOffset();
    void sourceBatchSizeAndMissingFile();
    void sinkAppendsValues();
    void connectorsHandOutTasks();
};

void TstFileStream::sourceReadsLinesWithPositions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"in.txt"_s);
    writeFile(path, "one\ntwo\r\nthree\rfour");
    MemoryOffsets offsets;
    FileStreamSourceTask task;
    task.initialize(&offsets);
    QVERIFY(!task.start({ { u"file"_s, path }, { u"topic"_s, u"lines"_s } }));
    auto polled = task.poll();
    QVERIFY(polled.ok());
    QCOMPARE(values(*polled), (QStringList { u"one"_s, u"two"_s, u"three"_s }));
    const SourceRecord &last = polled->last();
    QCOMPARE(last.topic, u"lines"_s);
    QCOMPARE(last.sourcePartition.toString(), u"{filename=%1}"_s.arg(path));
    QCOMPARE(last.sourceOffset.toString(), u"{position=15}"_s);
    QVERIFY(!last.valueSchema.isNull());
    QCOMPARE(last.valueSchema.type(), data::Schema::string().type());
    QVERIFY(last.key.isNull());
    // "four" is not a complete line until its newline arrives.
    writeFile(path, "\nfive\n", QIODevice::Append);
    polled = task.poll();
    QCOMPARE(values(*polled), (QStringList { u"four"_s, u"five"_s }));
    QCOMPARE(polled->last().sourceOffset.toString(), u"{position=25}"_s);
    task.stop();
}

void TstFileStream::sourceResumesFromCommittedOffset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"in.txt"_s);
    writeFile(path, "a\nb\nc\n");
    MemoryOffsets offsets;
    {
        FileStreamSourceTask task;
        task.initialize(&offsets);
        QVERIFY(!task.start({ { u"file"_s, path }, { u"topic"_s, u"t"_s } }));
        const auto polled = task.poll();
        QCOMPARE(polled->size(), 3);
        offsets.commit(polled->at(1)); // "b" committed, "c" not
        task.stop();
    }
    FileStreamSourceTask again;
    again.initialize(&offsets);
    QVERIFY(!again.start({ { u"file"_s, path }, { u"topic"_s, u"t"_s } }));
    QCOMPARE(values(*again.poll()), QStringList { u"c"_s });
}

void TstFileStream::sourceBatchSizeAndMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later.txt"_s);
    FileStreamSourceTask task;
    QVERIFY(!task.start({ { u"file"_s, path }, { u"topic"_s, u"t"_s }, { u"batch.size"_s, u"2"_s } }));
    QVERIFY(task.poll()->isEmpty()); // waits for the file to appear
    writeFile(path, "1\n2\n3\n4\n5\n");
    QCOMPARE(values(*task.poll()), (QStringList { u"1"_s, u"2"_s }));
    QCOMPARE(values(*task.poll()), (QStringList { u"3"_s, u"4"_s }));
    QCOMPARE(values(*task.poll()), QStringList { u"5"_s });
    QVERIFY(task.poll()->isEmpty());
    FileStreamSourceTask noTopic;
    QCOMPARE(noTopic.start({ { u"file"_s, path } }).value_or(QString()),
        u"FileStreamSourceTask config missing topic setting"_s);
}

void TstFileStream::sinkAppendsValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_s);
    writeFile(path, "existing\n");
    FileStreamSinkTask task;
    QVERIFY(!task.start({ { u"file"_s, path } }));
    SinkRecord a;
    a.value = data::Value::fromString(u"héllo"_s);
    SinkRecord b;
    b.value = data::Value(static_cast<qint32>(42));
    SinkRecord c; // null value: println(null)
    QVERIFY(task.put({ a, b, c }).ok());
    QVERIFY(task.flush({}).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("existing\nh\xc3\xa9llo\n42\nnull\n"));
    task.stop();
    FileStreamSinkTask bad;
    const auto error = bad.start({ { u"file"_s, dir.filePath(u"no/such/dir/out.txt"_s) } });
    QVERIFY(error && error->startsWith(u"Couldn't find or create file '"_s));
}

void TstFileStream::connectorsHandOutTasks()
{
    auto sink = PluginRegistry::builtin()->newConnector(u"FileStreamSink"_s);
    QVERIFY(!sink->start({ { u"file"_s, u"/tmp/x"_s }, { u"topics"_s, u"t"_s } }));
    QCOMPARE(sink->taskConfigs(3).size(), 3);
    QCOMPARE(sink->taskClassName(), u"org.apache.kafka.connect.file.FileStreamSinkTask"_s);
    QVERIFY(dynamic_cast<SinkTask *>(sink->createTask().get()));
    auto source = PluginRegistry::builtin()->newConnector(u"FileStreamSource"_s);
    QCOMPARE(source->start({ { u"file"_s, u"/tmp/x"_s } }).value_or(QString()),
        u"Missing required configuration \"topic\" which has no default value."_s);
    QVERIFY(!source->start({ { u"file"_s, u"/tmp/x"_s }, { u"topic"_s, u"t"_s } }));
    QCOMPARE(source->taskConfigs(5).size(), 1); // one input stream
    QVERIFY(dynamic_cast<SourceTask *>(source->createTask().get()));
}

QTEST_GUILESS_MAIN(TstFileStream)
#include "tst_filestream.moc"
