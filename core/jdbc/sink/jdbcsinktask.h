#pragma once

#include <memory>

#include "connect/connector.h"
#include "jdbc/sink/jdbcdbwriter.h"

namespace cs::jdbc {

// io.confluent.connect.jdbc.sink.JdbcSinkTask: every put() is written and committed in the database
// before it returns (batch.size records per transaction, retried per max.retries/retry.backoff.ms), so
// flush() has nothing left to do and the offsets the worker commits afterwards are always covered by
// committed rows. Lives on, and is only used from, its task thread.
class JdbcSinkTask final : public connect::SinkTask
{
public:
    static QString staticClassName() { return QStringLiteral("io.confluent.connect.jdbc.sink.JdbcSinkTask"); }

    QString version() const override;
    std::optional<QString> start(const connect::TaskConfig &config) override;
    void stop() override;
    cs::data::Status put(const QList<connect::SinkRecord> &records) override;
    cs::data::Status flush(const QList<connect::TopicPartitionOffset> &offsets) override;

private:
    std::unique_ptr<JdbcDbWriter> m_writer;
};

} // namespace cs::jdbc
