#include "jdbc/sink/jdbcsinktask.h"

#include <QLoggingCategory>

#include "jdbc/sink/jdbcsinkconnector.h"

namespace cs::jdbc {

Q_LOGGING_CATEGORY(lcSinkTask, "io.confluent.connect.jdbc.sink.JdbcSinkTask")

QString JdbcSinkTask::version() const
{
    return JdbcSinkConnector::connectorVersion();
}

std::optional<QString> JdbcSinkTask::start(const connect::TaskConfig &config)
{
    Result<JdbcSinkConfig> parsed = JdbcSinkConfig::parse(config);
    if (!parsed)
        return parsed.error().toString();
    m_writer = std::make_unique<JdbcDbWriter>(std::move(parsed).value());
    // The context is set by initialize() before start(); a stop cuts the retry backoff short.
    m_writer->setStopCheck([this] { return m_context && m_context->stopRequested(); });
    if (!m_writer->dialect()) {
        // Upstream fails the task at start when the dialect cannot be chosen.
        const QString error = m_writer->dialectError();
        m_writer.reset();
        return error;
    }
    qCInfo(lcSinkTask).noquote() << QStringLiteral("Starting JDBC Sink task");
    return std::nullopt;
}

void JdbcSinkTask::stop()
{
    if (m_writer)
        m_writer->close();
    m_writer.reset();
}

cs::data::Status JdbcSinkTask::put(const QList<connect::SinkRecord> &records)
{
    if (!m_writer)
        return cs::data::DataError(QStringLiteral("JdbcSinkTask is not started"));
    if (records.isEmpty())
        return {};
    return m_writer->write(records);
}

cs::data::Status JdbcSinkTask::flush(const QList<connect::TopicPartitionOffset> &offsets)
{
    // put() returns only after its rows are committed: nothing is buffered here.
    Q_UNUSED(offsets);
    return {};
}

} // namespace cs::jdbc
