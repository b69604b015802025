#include "connect/plugins/filestream/filestreamsinktask.h"

#include <cstdio>

#include "connect/compat.h"

namespace cs::connect {

QString FileStreamSinkTask::version() const
{
    return kafkaVersion();
}

std::optional<QString> FileStreamSinkTask::start(const TaskConfig &config)
{
    m_filename = config.value(QStringLiteral("file"));
    auto file = std::make_unique<QFile>();
    bool ok = false;
    if (m_filename.isEmpty()) {
        ok = file->open(stdout, QIODevice::WriteOnly);
    } else {
        file->setFileName(m_filename);
        ok = file->open(QIODevice::WriteOnly | QIODevice::Append);
    }
    if (!ok)
        return QStringLiteral("Couldn't find or create file '") + m_filename
            + QStringLiteral("' for FileStreamSinkTask");
    m_file = std::move(file);
    return std::nullopt;
}

void FileStreamSinkTask::stop()
{
    if (m_file)
        m_file->flush();
    m_file.reset();
}

data::Status FileStreamSinkTask::put(const QList<SinkRecord> &records)
{
    if (!m_file)
        return data::DataError(QStringLiteral("FileStreamSinkTask is not started"));
    QByteArray out;
    for (const SinkRecord &record : records) {
        // println(record.value()): Java's toString of the value, the text itself for strings.
        out += record.value.kind() == data::Value::Kind::String ? record.value.stringUtf8()
                                                                : record.value.toString().toUtf8();
        out += '\n';
    }
    if (m_file->write(out) != out.size())
        return data::DataError(QStringLiteral("Failed to write to ") + m_filename, m_file->errorString());
    return {};
}

data::Status FileStreamSinkTask::flush(const QList<TopicPartitionOffset> &offsets)
{
    Q_UNUSED(offsets);
    if (m_file && !m_file->flush())
        return data::DataError(QStringLiteral("Failed to flush ") + m_filename, m_file->errorString());
    return {};
}

} // namespace cs::connect
