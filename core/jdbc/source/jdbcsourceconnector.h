#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "connect/connector.h"
#include "connect/pluginregistry.h"
#include "jdbc/databasedialect.h"
#include "jdbc/source/jdbcsourceconfig.h"
#include "jdbc/tableid.h"

namespace cs::jdbc::source {

// io.confluent.connect.jdbc.JdbcSourceConnector as a plugin of the embedded worker. start() checks
// the configuration, connects once (connection.attempts tries) and lists the tables; a table monitor
// thread of its own (with its own QtSql connection) lists them again every table.poll.interval.ms and
// asks the runtime for new task configurations when the selection changes. taskConfigs() splits the
// tables over tasks.max tasks as upstream does. The herder calls every member from its thread; the
// table list is shared with the monitor thread under m_mutex.
class JdbcSourceConnector final : public connect::SourceConnectorBase
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::source::JdbcSourceConnector)
public:
    JdbcSourceConnector();
    ~JdbcSourceConnector() override;

    static connect::PluginDesc descriptor();

    QString className() const override { return JdbcSourceConfig::connectorClassName(); }
    QString version() const override { return JdbcSourceConfig::version(); }
    connect::ConfigDef config() const override { return JdbcSourceConfig::configDef(); }
    QList<connect::ConfigValue> validate(const connect::ConfigMap &props) const override;
    std::optional<QString> start(const connect::TaskConfig &config) override;
    void stop() override;
    QString taskClassName() const override { return JdbcSourceConfig::taskClassName(); }
    std::unique_ptr<connect::Task> createTask() const override;
    QList<connect::TaskConfig> taskConfigs(int maxTasks) const override;

    // The tables selected now (dialect-quoted), for tests and the studio.
    QStringList tables() const;

    // The tables of the database that the settings select, dialect-quoted and sorted, or an error
    // (upstream's duplicate-name failure included). Runs on the calling thread's connection `db`.
    static data::Result<QStringList> listTables(
        QSqlDatabase &db, const DatabaseDialect &dialect, const JdbcSourceSettings &settings);

private:
    void monitor();

    connect::TaskConfig m_props;
    JdbcSourceSettings m_settings;
    std::shared_ptr<DatabaseDialect> m_dialect;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false; // guarded by m_mutex
    QStringList m_tables; // guarded by m_mutex
    std::thread m_monitor;
};

} // namespace cs::jdbc::source
