#pragma once

#include <memory>

#include <QFile>

#include "connect/connector.h"

namespace cs::connect {

// org.apache.kafka.connect.file.FileStreamSourceTask: reads new lines of a file (or standard input)
// and returns each as a STRING value for `topic`, with source partition {"filename": <file>} and
// offset {"position": <bytes consumed>}, so a restarted task continues after the last committed
// line. At most batch.size records per poll. Lives on, and is only used from, its task thread.
class FileStreamSourceTask final : public SourceTask
{
public:
    static QString staticClassName()
    {
        return QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceTask");
    }

    QString version() const override;
    std::optional<QString> start(const TaskConfig &config) override;
    void stop() override;
    data::Result<QList<SourceRecord>> poll() override;

private:
    bool open();

    QString m_filename; // empty = standard input
    QString m_topic;
    int m_batchSize = 2000;
    std::unique_ptr<QFile> m_file;
    QByteArray m_buffer; // bytes read but not yet a complete line
    qint64 m_position = 0; // offset of the first byte of m_buffer
    bool m_skipLf = false; // the previous line ended with '\r': a following '\n' belongs to it
};

} // namespace cs::connect
