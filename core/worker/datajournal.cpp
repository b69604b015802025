#include "worker/datajournal.h"

#include <array>
#include <unistd.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QtEndian>

namespace cs::worker {

namespace {

constexpr QByteArrayView kMagic = "CSDATA1\n";
constexpr quint32 kMaxRecord = 256u * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::DataJournal", text);
}

// CRC-32 (IEEE, reflected 0xEDB88320), one table lookup per byte: the bitwise loop was the
// hottest function of an embedded worker copying a table.
constexpr std::array<quint32, 256> kCrcTable = [] {
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}();

quint32 crc32(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = kCrcTable[(c ^ static_cast<quint8>(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
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
// as a 32-bit length (0xFFFFFFFF for a null one) and its bytes, a bool as one byte. Written straight
// into `out` (after what it holds): a QDataStream over a QBuffer cost more than the file write.
void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void putBytes(QByteArray &out, const QByteArray &bytes)
{
    if (bytes.isNull()) {
        putU32(out, 0xFFFFFFFFu);
        return;
    }
    putU32(out, quint32(bytes.size()));
    out.append(bytes);
}

void putOptional(QByteArray &out, const std::optional<QByteArray> &bytes)
{
    out.append(char(bytes ? 1 : 0));
    if (bytes)
        putBytes(out, *bytes);
}

void encode(QByteArray &out, const kafka::Message &m)
{
    putBytes(out, m.topic.toUtf8());
    putU32(out, quint32(qint32(m.partition)));
    putU64(out, quint64(qint64(m.offset)));
    putU64(out, quint64(qint64(m.timestamp)));
    putOptional(out, m.key);
    putOptional(out, m.value);
    putU32(out, quint32(qint32(m.headers.size())));
    for (const kafka::Header &h : m.headers) {
        putBytes(out, h.name.toUtf8());
        putOptional(out, h.value);
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

} // namespace

DataJournal::~DataJournal()
{
    close();
}

bool DataJournal::open(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
    m_topics.clear();
    m_records = 0;
    m_error.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
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
        int &partitions = m_topics[m.topic];
        partitions = std::max(partitions, m.partition + 1);
        ++m_records;
        return true;
    });
    // A record cut short by kill -9 is dropped; appends continue after the last whole one.
    if (good < m_file.size() && !m_file.resize(good)) {
        m_error = tr("Cannot repair the worker data file %1: %2").arg(path, m_file.errorString());
        m_file.close();
        return false;
    }
    m_file.seek(m_file.size());
    m_dirty = true;
    return true;
}

void DataJournal::close()
{
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
    QByteArray record;
    record.reserve(64 + message.topic.size() * 3 + (message.key ? message.key->size() : 0)
        + (message.value ? message.value->size() : 0));
    record.append(4, '\0'); // the length, once known
    encode(record, message);
    const QByteArrayView body = QByteArrayView(record).sliced(4);
    const quint32 crc = crc32(body);
    qToBigEndian<quint32>(quint32(body.size()), record.data());
    putU32(record, crc);
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return false;
    if (m_file.write(record) != record.size()) {
        m_error = tr("Cannot write the worker data file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    int &partitions = m_topics[message.topic];
    partitions = std::max(partitions, message.partition + 1);
    ++m_records;
    m_dirty = true;
    return true;
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

} // namespace cs::worker
