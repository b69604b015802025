#pragma once

#include <memory>

#include <QFile>

#include "connect/connector.h"

namespace cs::connect {

// org.apache.kafka.connect.file.FileStreamSinkTask: appends each record's value (Java's toString
// of it, as println does) and a newline to a file, or to standard output when no file is set.
// flush() makes the lines durable before the worker commits offsets. Lives on, and is only used
// from, its task thread.
class FileStreamSinkTask final : public SinkTask
{
public:
    static QString staticClassName()
    {
        return QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkTask");
    }

    QString version() const override;
    std::optional<QString> start(const TaskConfig &config) override;
    void stop() override;
    data::Status put(const QList<SinkRecord> &records) override;
    data::Status flush(const QList<TopicPartitionOffset> &offsets) override;

private:
    QString m_filename; // empty = standard output
    std::unique_ptr<QFile> m_file;
};

} // namespace cs::connect
