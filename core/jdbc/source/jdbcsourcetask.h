#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "connect/connector.h"
#include "jdbc/databasedialect.h"
#include "jdbc/source/jdbcsourceconfig.h"
#include "jdbc/source/tablequerier.h"

namespace cs::jdbc::source {

// io.confluent.connect.jdbc.source.JdbcSourceTask: opens its own QtSql connection (connection.attempts
// tries, connection.backoff.ms apart), keeps one TableQuerier per assigned table (or one for the
// query) and serves them round-robin by when each is next due (poll.interval.ms after its previous
// query finished). A poll returns at most batch.max.rows records of one querier. Lives on, and is
// only used from, its worker task thread, which also owns the connection.
class JdbcSourceTask final : public connect::SourceTask
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::source::JdbcSourceTask)
public:
    JdbcSourceTask();
    ~JdbcSourceTask() override;

    QString version() const override { return JdbcSourceConfig::version(); }
    std::optional<QString> start(const connect::TaskConfig &config) override;
    void stop() override;
    data::Result<QList<connect::SourceRecord>> poll() override;

private:
    data::Status openConnection();
    void closeConnection();

    JdbcSourceSettings m_settings;
    std::shared_ptr<DatabaseDialect> m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QList<std::shared_ptr<TableQuerier>> m_queriers;
    std::shared_ptr<TableQuerier> m_active; // a querier whose result is being read
    int m_consecutiveFailures = 0;
};

} // namespace cs::jdbc::source
