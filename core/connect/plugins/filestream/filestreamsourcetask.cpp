#include "connect/plugins/filestream/filestreamsourcetask.h"

#include <cstdio>

#include <QDateTime>
#include <QThread>

#include "connect/compat.h"

namespace cs::connect {

namespace {

data::Value partitionFor(const QString &filename)
{
    return data::Value(data::ValueMap {
        { data::Value::fromString(QStringLiteral("filename")), data::Value::fromString(filename) } });
}

} // namespace

QString FileStreamSourceTask::version() const
{
    return kafkaVersion();
}

std::optional<QString> FileStreamSourceTask::start(const TaskConfig &config)
{
    m_filename = config.value(QStringLiteral("file"));
    m_topic = config.value(QStringLiteral("topic"));
    if (m_topic.isEmpty())
        return QStringLiteral("FileStreamSourceTask config missing topic setting");
    bool ok = false;
    const int batch = config.value(QStringLiteral("batch.size"), QStringLiteral("2000")).trimmed().toInt(&ok);
    m_batchSize = ok && batch > 0 ? batch : 2000;
    return std::nullopt;
}

void FileStreamSourceTask::stop()
{
    m_file.reset();
}

bool FileStreamSourceTask::open()
{
    auto file = std::make_unique<QFile>();
    if (m_filename.isEmpty()) {
        if (!file->open(stdin, QIODevice::ReadOnly))
            return false;
        m_file = std::move(file);
        return true;
    }
    file->setFileName(m_filename);
    if (!file->open(QIODevice::ReadOnly))
        return false; // not there yet: upstream waits for the file to be created
    m_position = 0;
    if (m_context) {
        const data::Value offset = m_context->offset(partitionFor(m_filename));
        if (offset.kind() == data::Value::Kind::Map) {
            for (const auto &[key, value] : offset.map()) {
                if (key.kind() == data::Value::Kind::String && key.toQString() == QLatin1String("position")
                    && !value.isNull())
                    m_position = value.toString().toLongLong();
            }
        }
    }
    if (m_position > 0 && !file->seek(m_position)) {
        m_position = 0;
        file->seek(0);
    }
    m_buffer.clear();
    m_skipLf = false;
    m_file = std::move(file);
    return true;
}

data::Result<QList<SourceRecord>> FileStreamSourceTask::poll()
{
    if (!m_file && !open()) {
        QThread::msleep(200);
        return QList<SourceRecord>();
    }
    const QByteArray chunk = m_file->read(1024 * 1024);
    if (chunk.isEmpty() && m_file->error() != QFileDevice::NoError && !m_filename.isEmpty())
        return data::DataError(
            QStringLiteral("Error while reading from file ") + m_filename, m_file->errorString());
    m_buffer += chunk;

    QList<SourceRecord> records;
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size() && records.size() < m_batchSize; ++i) {
        const char c = m_buffer.at(i);
        if (m_skipLf && i == start) {
            m_skipLf = false;
            if (c == '\n') {
                ++start;
                continue;
            }
        }
        if (c != '\n' && c != '\r')
            continue;
        const QByteArray line = m_buffer.mid(start, i - start);
        qsizetype next = i + 1;
        if (c == '\r') {
            if (next < m_buffer.size() && m_buffer.at(next) == '\n')
                ++next;
            else if (next == m_buffer.size())
                m_skipLf = true; // a '\n' may follow in the next read
        }
        SourceRecord record;
        const qint64 position = m_position + next;
        if (!m_filename.isEmpty()) {
            record.sourcePartition = partitionFor(m_filename);
            record.sourceOffset
                = data::Value(data::ValueMap { { data::Value::fromString(QStringLiteral("position")),
                    data::Value(static_cast<qint64>(position)) } });
        }
        record.topic = m_topic;
        record.valueSchema = data::Schema::string();
        record.value = data::Value::string(line);
        record.timestamp = QDateTime::currentMSecsSinceEpoch();
        records.append(record);
        start = next;
        i = next - 1;
    }
    m_buffer.remove(0, start);
    m_position += start;
    if (records.isEmpty() && chunk.isEmpty())
        QThread::msleep(100); // nothing new: upstream waits before polling again
    return records;
}

} // namespace cs::connect
