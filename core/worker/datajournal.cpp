#include "worker/datajournal.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QtEndian>

#include "util/crc32.h"

namespace cs::worker {

namespace {

constexpr QByteArrayView kMagic = "CSDATA1\n";
constexpr quint32 kMaxRecord = 256u * 1024 * 1024;

Q_LOGGING_CATEGORY(lcData, "org.apache.kafka.connect.runtime.Worker")

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::DataJournal", text);
}

std::optional<QByteArray> readOptional(QDataStream &s)
{
    bool present = false;
    s >> present;
    if (!present)
        return std::nullopt;
    QByteArray bytes;
    s >> bytes;
    return bytes;
}

// The body as QDataStream (Qt 6) writes it, which decode() reads: big-endian integers, a QByteArray
// as a 32-bit length (0xFFFFFFFF for a null one) and its bytes, a bool as one byte. Run once with a
// SizeCounter and once with a BodyWriter into memory of that size: appending to a QByteArray checked
// its capacity for every integer, and a QDataStream over a QBuffer cost more than the file write.
struct SizeCounter
{
    qsizetype size = 0;
    void raw(const char *, qsizetype n) { size += n; }
};

struct BodyWriter
{
    char *p;
    void raw(const char *data, qsizetype n)
    {
        if (n > 0)
            std::memcpy(p, data, size_t(n));
        p += n;
    }
};

template<typename Out> void putU32(Out &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.raw(b, 4);
}

template<typename Out> void putU64(Out &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.raw(b, 8);
}

// A view of a null QByteArray is null too, and is written as one.
template<typename Out> void putBytes(Out &out, QByteArrayView bytes)
{
    if (bytes.isNull()) {
        putU32(out, 0xFFFFFFFFu);
        return;
    }
    putU32(out, quint32(bytes.size()));
    out.raw(bytes.data(), bytes.size());
}

template<typename Out> void putOptional(Out &out, const std::optional<QByteArrayView> &bytes)
{
    const char present = bytes ? 1 : 0;
    out.raw(&present, 1);
    if (bytes)
        putBytes(out, *bytes);
}

template<typename Out> void encode(Out &out, QByteArrayView topic, const DataJournal::RecordView &r)
{
    putBytes(out, topic);
    putU32(out, quint32(qint32(r.partition)));
    putU64(out, quint64(qint64(r.offset)));
    putU64(out, quint64(qint64(r.timestamp)));
    putOptional(out, r.key);
    putOptional(out, r.value);
    putU32(out, quint32(qint32(r.headers.size())));
    for (const kafka::Header &h : r.headers) {
        putBytes(out, h.name.toUtf8());
        putOptional(out, h.value ? std::optional<QByteArrayView>(*h.value) : std::nullopt);
    }
}

std::optional<kafka::Message> decode(const QByteArray &body)
{
    QDataStream s(body);
    kafka::Message m;
    QByteArray topic;
    qint32 partition = 0;
    qint64 offset = 0;
    qint64 timestamp = 0;
    s >> topic >> partition >> offset >> timestamp;
    m.topic = QString::fromUtf8(topic);
    m.partition = partition;
    m.offset = offset;
    m.timestamp = timestamp;
    m.key = readOptional(s);
    m.value = readOptional(s);
    qint32 headers = 0;
    s >> headers;
    for (qint32 i = 0; i < headers && s.status() == QDataStream::Ok; ++i) {
        QByteArray name;
        s >> name;
        m.headers.append({ QString::fromUtf8(name), readOptional(s) });
    }
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    return m;
}

// Reads whole records from `file` (positioned after the magic); returns the end of the last good one.
qint64 scan(QFile &file, const std::function<bool(const kafka::Message &)> &visit)
{
    qint64 good = file.pos();
    for (;;) {
        uchar header[4];
        if (file.read(reinterpret_cast<char *>(header), 4) != 4)
            break;
        const quint32 len = qFromBigEndian<quint32>(header);
        if (len > kMaxRecord)
            break;
        const QByteArray body = file.read(len);
        uchar crc[4];
        if (body.size() != qsizetype(len) || file.read(reinterpret_cast<char *>(crc), 4) != 4
            || qFromBigEndian<quint32>(crc) != crc32(body))
            break;
        const std::optional<kafka::Message> m = decode(body);
        if (!m)
            break;
        good = file.pos();
        if (visit && !visit(*m))
            break;
    }
    return good;
}

// The partition and offset of an encoded body, read without decoding the rest.
std::optional<QPair<DataJournal::Partition, qint64>> peekPosition(QByteArrayView body)
{
    if (body.size() < 4)
        return std::nullopt;
    const quint32 topicLength = qFromBigEndian<quint32>(body.data());
    const qsizetype topicBytes = topicLength == 0xFFFFFFFFu ? 0 : qsizetype(topicLength);
    if (body.size() < 4 + topicBytes + 4 + 8)
        return std::nullopt;
    const QString topic = QString::fromUtf8(body.sliced(4, topicBytes));
    const char *p = body.data() + 4 + topicBytes;
    const qint32 partition = qFromBigEndian<qint32>(p);
    const qint64 offset = qFromBigEndian<qint64>(p + 4);
    return qMakePair(DataJournal::Partition { topic, partition }, offset);
}

// Reads whole, checksummed records of a file in large blocks, never past the `end` given (the part of
// the file a compaction copies now; appends may be under way beyond it).
class RecordReader
{
public:
    RecordReader(QFile &file, qint64 start)
        : m_file(file)
        , m_position(start)
    { }

    // The next record (length, body, CRC) before `end`, valid until the next call; nullopt at `end`
    // or at a torn or bad record.
    std::optional<QByteArrayView> next(qint64 end)
    {
        if (!fill(8, end))
            return std::nullopt;
        const quint32 len = qFromBigEndian<quint32>(m_buffer.constData() + m_used);
        if (len > kMaxRecord || !fill(8 + qsizetype(len), end))
            return std::nullopt;
        const QByteArrayView record(m_buffer.constData() + m_used, 8 + qsizetype(len));
        if (qFromBigEndian<quint32>(record.data() + 4 + len) != crc32(record.sliced(4, len)))
            return std::nullopt;
        m_used += record.size();
        m_position += record.size();
        return record;
    }
    qint64 position() const { return m_position; }

private:
    bool fill(qsizetype need, qint64 end)
    {
        if (m_position + need > end)
            return false;
        if (m_buffer.size() - m_used >= need)
            return true;
        m_buffer.remove(0, m_used);
        m_used = 0;
        const qint64 from = m_position + m_buffer.size();
        const qint64 want = std::min<qint64>(std::max<qint64>(need - m_buffer.size(), 1 << 20), end - from);
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + qsizetype(want));
        const qint64 got = m_file.seek(from) ? m_file.read(m_buffer.data() + had, want) : -1;
        m_buffer.resize(had + qsizetype(std::max<qint64>(got, 0)));
        return m_buffer.size() >= need;
    }

    QFile &m_file;
    qint64 m_position; // the file position of m_buffer[m_used]
    QByteArray m_buffer;
    qsizetype m_used = 0;
};

bool syncFolder(const QString &path)
{
    const int fd
        = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString compactPath(const QString &path)
{
    return path + QStringLiteral(".compact");
}

} // namespace

DataJournal::~DataJournal()
{
    close();
}

bool DataJournal::open(const QString &path)
{
    joinCompaction();
    QMutexLocker lock(&m_mutex);
    m_file.close();
    m_topics.clear();
    m_spans.clear();
    m_last = {};
    m_records = 0;
    m_compactions = 0;
    m_error.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A compaction that kill -9 interrupted before its rename: the file itself is whole.
    QFile::remove(compactPath(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        m_error = tr("Cannot open the worker data file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    if (m_file.size() == 0) {
        m_file.write(kMagic.data(), kMagic.size());
    } else if (m_file.read(kMagic.size()) != kMagic) {
        m_error = tr("%1 is not a Connect Studio worker data file.").arg(path);
        m_file.close();
        return false;
    }
    const qint64 good = scan(m_file, [this](const kafka::Message &m) {
        track(m.topic, m.partition, m.offset);
        return true;
    });
    // A record cut short by kill -9 is dropped; appends continue after the last whole one.
    if (good < m_file.size() && !m_file.resize(good)) {
        m_error = tr("Cannot repair the worker data file %1: %2").arg(path, m_file.errorString());
        m_file.close();
        return false;
    }
    m_file.seek(m_file.size());
    m_size = m_file.size();
    m_nextCompaction = 0;
    m_dirty = true;
    return true;
}

void DataJournal::close()
{
    joinCompaction();
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        m_file.flush();
        ::fdatasync(m_file.handle());
        m_file.close();
    }
}

bool DataJournal::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

QString DataJournal::path() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.fileName();
}

QString DataJournal::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool DataJournal::append(const kafka::Message &message)
{
    RecordView record { message.topic, message.partition, message.offset, message.timestamp,
        message.key ? std::optional<QByteArrayView>(*message.key) : std::nullopt,
        message.value ? std::optional<QByteArrayView>(*message.value) : std::nullopt, message.headers };
    return append(record);
}

bool DataJournal::append(const RecordView &r)
{
    // Encoded outside the lock into this thread's buffer, which keeps its capacity.
    thread_local QByteArray record;
    thread_local QString lastTopic;
    thread_local QByteArray lastTopicUtf8;
    if (r.topic != lastTopic) {
        lastTopic = r.topic;
        lastTopicUtf8 = r.topic.toUtf8();
    }
    SizeCounter counter;
    encode(counter, lastTopicUtf8, r);
    record.resize(4 + counter.size + 4); // length, body, CRC
    BodyWriter body { record.data() + 4 };
    encode(body, lastTopicUtf8, r);
    const QByteArrayView encoded = QByteArrayView(record).sliced(4, counter.size);
    qToBigEndian<quint32>(quint32(counter.size), record.data());
    qToBigEndian<quint32>(crc32(encoded), record.data() + 4 + counter.size);
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return false;
    if (m_file.write(record) != record.size()) {
        m_error = tr("Cannot write the worker data file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    track(r.topic, r.partition, r.offset);
    m_size += record.size();
    m_dirty = true;
    maybeCompactInBackground();
    return true;
}

void DataJournal::track(const QString &topic, int partition, qint64 offset)
{
    if (!m_last.span || m_last.partition != partition || m_last.topic != topic) {
        int &partitions = m_topics[topic];
        Span &span = m_spans[{ topic, partition }];
        m_last = { topic, partition, &partitions, &span };
    }
    *m_last.partitions = std::max(*m_last.partitions, partition + 1);
    if (m_last.span->first < 0)
        m_last.span->first = offset;
    m_last.span->last = offset;
    ++m_records;
}

bool DataJournal::sync()
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() || !m_dirty)
        return true;
    if (!m_file.flush() || ::fdatasync(m_file.handle()) != 0) {
        m_error = tr("Cannot flush the worker data file %1 to disk: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_dirty = false;
    maybeCompactInBackground();
    return true;
}

bool DataJournal::replay(const std::function<bool(const kafka::Message &)> &visit)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return false;
    m_file.flush();
    QFile reader(m_file.fileName());
    if (!reader.open(QIODevice::ReadOnly) || reader.read(kMagic.size()) != kMagic) {
        m_error = tr("Cannot read the worker data file %1: %2").arg(reader.fileName(), reader.errorString());
        return false;
    }
    scan(reader, visit);
    return true;
}

QHash<QString, int> DataJournal::topics() const
{
    QMutexLocker lock(&m_mutex);
    return m_topics;
}

qint64 DataJournal::recordCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

QHash<DataJournal::Partition, DataJournal::Span> DataJournal::spans() const
{
    QMutexLocker lock(&m_mutex);
    return m_spans;
}

std::optional<qint64> DataJournal::endOffset(const Partition &partition) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_spans.constFind(partition);
    if (it == m_spans.cend() || it->last < 0)
        return std::nullopt;
    return it->last + 1;
}

qint64 DataJournal::fileSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen() ? m_file.size() : 0;
}

int DataJournal::compactions() const
{
    QMutexLocker lock(&m_mutex);
    return m_compactions;
}

bool DataJournal::compact(
    const QHash<Partition, qint64> &keepFrom, const std::function<void(CompactionStage)> &stageReached)
{
    QMutexLocker serial(&m_compactMutex);
    QString path;
    qint64 copyEnd = 0;
    QHash<Partition, qint64> from; // the lowest offset kept, per partition
    {
        QMutexLocker lock(&m_mutex);
        if (!m_file.isOpen())
            return false;
        if (!m_file.flush()) {
            m_error
                = tr("Cannot write the worker data file %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        path = m_file.fileName();
        copyEnd = m_file.size();
        for (auto it = keepFrom.cbegin(); it != keepFrom.cend(); ++it) {
            const auto span = m_spans.constFind(it.key());
            if (span == m_spans.cend())
                continue;
            // Offset 1 cannot be a partition's start (startMockPartitionAt); the last record stays so
            // that the partition's next offset is known after a restart.
            qint64 keep = it.value() == 1 ? 0 : it.value();
            keep = std::min(keep, span->last);
            if (keep > span->first)
                from.insert(it.key(), keep);
        }
        if (from.isEmpty()) {
            // Nothing to drop: the file stays as it is; asking again is cheap (no rewrite).
            m_nextCompaction = copyEnd + std::max<qint64>(m_compactAbove, 0);
            return true;
        }
    }
    auto failed = [&](const QString &message) {
        QFile::remove(compactPath(path));
        QMutexLocker lock(&m_mutex);
        m_error = message;
        return false;
    };
    QFile reader(path);
    if (!reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || reader.read(kMagic.size()) != kMagic)
        return failed(tr("Cannot read the worker data file %1: %2").arg(path, reader.errorString()));
    QFile out(compactPath(path));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(kMagic.data(), kMagic.size()) != kMagic.size())
        return failed(tr("Cannot write the worker data file %1: %2").arg(out.fileName(), out.errorString()));

    QHash<Partition, Span> spans;
    qint64 records = 0;
    RecordReader reading(reader, kMagic.size());
    QByteArray pending; // written in blocks
    auto flushPending = [&] {
        const bool ok = out.write(pending) == pending.size();
        pending.clear();
        return ok;
    };
    // Copies whole records up to `end`, those below `from` left out.
    auto copy = [&](qint64 end) {
        while (const std::optional<QByteArrayView> record = reading.next(end)) {
            const auto position = peekPosition(record->sliced(4, record->size() - 8));
            if (!position)
                return false;
            const auto keep = from.constFind(position->first);
            if (keep != from.cend() && position->second < *keep)
                continue;
            pending.append(*record);
            if (pending.size() >= (1 << 20) && !flushPending())
                return false;
            Span &span = spans[position->first];
            if (span.first < 0)
                span.first = position->second;
            span.last = position->second;
            ++records;
        }
        return flushPending() && reading.position() == end;
    };
    if (!copy(copyEnd))
        return failed(
            tr("Cannot compact the worker data file %1: %2")
                .arg(
                    path, out.error() != QFileDevice::NoError ? out.errorString() : tr("unreadable record")));
    if (stageReached)
        stageReached(CompactionStage::Copied);
    // What sources appended meanwhile is kept whole (above every partition's start by construction).
    // It is copied and synced without the lock until little is left, so that appends (and the source
    // tasks behind them) wait only for a small last part: under full load the first copy takes
    // seconds, and copying all that came meanwhile under the lock held sources up for half a second.
    from.clear();
    constexpr qint64 kLockedTail = 1 << 20;
    for (int round = 0; round < 8; ++round) {
        qint64 upTo = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_file.flush()) {
                lock.unlock();
                return failed(tr("Cannot write the worker data file %1: %2").arg(path, m_file.errorString()));
            }
            upTo = m_file.size();
        }
        const bool last = upTo - reading.position() <= kLockedTail;
        if ((!last && !copy(upTo)) || !out.flush() || ::fdatasync(out.handle()) != 0)
            return failed(tr("Cannot flush the worker data file %1 to disk: %2")
                              .arg(out.fileName(), out.errorString()));
        if (last)
            break;
    }

    QMutexLocker lock(&m_mutex);
    if (!m_file.flush()) {
        lock.unlock();
        return failed(tr("Cannot write the worker data file %1: %2").arg(path, m_file.errorString()));
    }
    const qint64 end = m_file.size();
    if (!copy(end) || !out.flush() || ::fdatasync(out.handle()) != 0) {
        lock.unlock();
        return failed(tr("Cannot compact the worker data file %1: %2").arg(path, out.errorString()));
    }
    if (stageReached)
        stageReached(CompactionStage::Synced);
    out.close();
    if (::rename(QFile::encodeName(out.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        lock.unlock();
        return failed(tr("Cannot replace the worker data file %1: %2").arg(path, qt_error_string(errno)));
    }
    syncFolder(path);
    if (stageReached)
        stageReached(CompactionStage::Renamed);
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        m_error = tr("Cannot open the worker data file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.seek(m_file.size());
    m_spans = spans;
    m_last = {};
    m_records = records;
    m_size = m_file.size();
    // The next once the file grew by half of what was kept: each byte appended costs at most two
    // bytes rewritten, and the file stays below about 1.5 times what the broker retains.
    m_nextCompaction = m_size + std::max(m_compactAbove, m_size / 2);
    m_dirty = false;
    ++m_compactions;
    qCInfo(lcData).noquote() << tr("Compacted %1: %2 record(s) kept, %3 MiB instead of %4 MiB.")
                                    .arg(path)
                                    .arg(records)
                                    .arg(double(m_size) / (1024 * 1024), 0, 'f', 1)
                                    .arg(double(end) / (1024 * 1024), 0, 'f', 1);
    return true;
}

void DataJournal::setAutoCompaction(qint64 bytes, Retention retention)
{
    QMutexLocker lock(&m_mutex);
    m_compactAbove = bytes;
    m_retention = std::move(retention);
}

void DataJournal::maybeCompactInBackground()
{
    if (m_compactAbove < 0 || m_compacting || !m_retention)
        return;
    // m_size, not m_file.size(): this runs at every append, and QFile asks the file system.
    if (m_size <= m_compactAbove || m_size <= m_nextCompaction)
        return;
    m_compacting = true;
    if (m_compactor.joinable())
        m_compactor.join(); // the previous one has ended: m_compacting was false
    m_compactor = std::thread([this, retention = m_retention] {
        const std::optional<QHash<Partition, qint64>> keepFrom = retention();
        const bool done = keepFrom && compact(*keepFrom);
        QMutexLocker lock(&m_mutex);
        if (!done)
            m_nextCompaction = m_size + m_compactAbove; // not again at every append
        m_compacting = false;
    });
}

void DataJournal::waitForCompaction()
{
    joinCompaction();
}

void DataJournal::joinCompaction()
{
    std::thread compactor;
    {
        QMutexLocker lock(&m_mutex);
        compactor = std::move(m_compactor);
    }
    if (compactor.joinable())
        compactor.join();
}

} // namespace cs::worker
