#include "worker/statejournal.h"

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtEndian>

#include "util/crc32.h"

namespace cs::worker {

namespace {

constexpr QByteArrayView kMagic = "CSJRNL1\n";
constexpr qint32 kTombstone = -1;
constexpr quint32 kMaxRecord = 256u * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::StateJournal", text);
}

void syncDirectoryOf(const QString &path)
{
    const int fd
        = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

StateJournal::~StateJournal()
{
    close();
}

bool StateJournal::open(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
    m_streams.clear();
    m_journalRecords = 0;
    m_discarded = 0;
    m_error.clear();

    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        m_error = tr("Cannot open the worker state file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const QByteArray data = m_file.readAll();
    if (!data.isEmpty() && !data.startsWith(kMagic)) {
        m_error = tr("%1 is not a Connect Studio worker state file.").arg(path);
        m_file.close();
        return false;
    }

    // Read whole records; stop at the first torn or damaged one (a write cut short by a crash).
    qsizetype pos = kMagic.size();
    while (pos < data.size()) {
        if (data.size() - pos < 8) {
            ++m_discarded;
            break;
        }
        const quint32 bodyLen = qFromBigEndian<quint32>(data.constData() + pos);
        if (bodyLen > kMaxRecord || data.size() - pos - 8 < qsizetype(bodyLen)) {
            ++m_discarded;
            break;
        }
        const QByteArrayView body(data.constData() + pos + 4, bodyLen);
        const quint32 storedCrc = qFromBigEndian<quint32>(data.constData() + pos + 4 + bodyLen);
        if (crc32(body) != storedCrc) {
            ++m_discarded;
            break;
        }
        QDataStream in(body.toByteArray());
        QByteArray stream, key, value;
        qint32 valueLen = 0;
        in >> stream >> key >> valueLen;
        if (valueLen != kTombstone)
            in >> value;
        if (in.status() != QDataStream::Ok) {
            ++m_discarded;
            break;
        }
        apply(QString::fromUtf8(stream), key, valueLen == kTombstone ? std::nullopt : std::optional(value));
        ++m_journalRecords;
        pos += 8 + bodyLen;
    }

    // Start every session from a compacted file: drops torn tails and dead records.
    if (!rewriteCompacted()) {
        m_file.close();
        return false;
    }
    return true;
}

void StateJournal::close()
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool StateJournal::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

QString StateJournal::path() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.fileName();
}

QString StateJournal::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

int StateJournal::discardedAtOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_discarded;
}

bool StateJournal::append(
    const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        m_error = tr("The worker state file is not open.");
        return false;
    }
    if (!writeRecord(m_file, stream, key, value) || !syncFile())
        return false;
    apply(stream, key, value);
    ++m_journalRecords;
    if (m_journalRecords > 1024 && m_journalRecords > 4 * liveCount())
        return rewriteCompacted();
    return true;
}

QList<StateJournal::Record> StateJournal::records(const QString &stream) const
{
    QMutexLocker lock(&m_mutex);
    QList<Record> out;
    const auto it = m_streams.constFind(stream);
    if (it == m_streams.cend())
        return out;
    out.reserve(it->order.size());
    for (const QByteArray &key : it->order)
        out.append({ key, it->values.value(key) });
    return out;
}

std::optional<QByteArray> StateJournal::value(const QString &stream, const QByteArray &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_streams.constFind(stream);
    if (it == m_streams.cend())
        return std::nullopt;
    const auto v = it->values.constFind(key);
    if (v == it->values.cend())
        return std::nullopt;
    return *v;
}

bool StateJournal::writeRecord(
    QIODevice &out, const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value)
{
    QByteArray body;
    {
        QDataStream s(&body, QIODevice::WriteOnly);
        s << stream.toUtf8() << key << (value ? qint32(value->size()) : kTombstone);
        if (value)
            s << *value;
    }
    QByteArray record(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), record.data());
    record += body;
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc32(body), crc.data());
    record += crc;
    if (out.write(record) != record.size()) {
        m_error = tr("Cannot write the worker state file %1: %2").arg(m_file.fileName(), out.errorString());
        return false;
    }
    return true;
}

bool StateJournal::syncFile()
{
    if (!m_file.flush() || ::fdatasync(m_file.handle()) != 0) {
        m_error = tr("Cannot flush the worker state file %1 to disk: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool StateJournal::rewriteCompacted()
{
    const QString path = m_file.fileName();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot rewrite the worker state file %1: %2").arg(path, out.errorString());
        return false;
    }
    out.write(kMagic.data(), kMagic.size());
    qsizetype written = 0;
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
        for (const QByteArray &key : it->order) {
            if (!writeRecord(out, it.key(), key, it->values.value(key)))
                return false;
            ++written;
        }
    }
    if (!out.commit()) { // flushes to disk, then renames over the old file
        m_error = tr("Cannot rewrite the worker state file %1: %2").arg(path, out.errorString());
        return false;
    }
    syncDirectoryOf(path);
    m_file.close();
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_error = tr("Cannot open the worker state file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_journalRecords = written;
    return true;
}

void StateJournal::apply(const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value)
{
    Stream &s = m_streams[stream];
    if (value) {
        if (!s.values.contains(key))
            s.order.append(key);
        s.values.insert(key, *value);
    } else if (s.values.remove(key)) {
        s.order.removeOne(key);
    }
}

qsizetype StateJournal::liveCount() const
{
    qsizetype n = 0;
    for (const Stream &s : m_streams)
        n += s.values.size();
    return n;
}

} // namespace cs::worker
