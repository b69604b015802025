#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "connect/configdef.h"
#include "data/dataerror.h"
#include "jdbc/columndefinition.h"
#include "jdbc/databasedialect.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/tableid.h"

namespace cs::jdbc::source {

// The configuration of io.confluent.connect.jdbc.JdbcSourceConnector and its task (upstream's
// JdbcSourceConnectorConfig and JdbcSourceTaskConfig, v10.9.7): the ConfigDef with Confluent's keys,
// groups, types, defaults and documentation, the multi-key validation of JdbcSourceConnectorValidation
// with its messages, and the parsed settings both the connector and its task use. Pure values; the
// ConfigDef is built once and shared read-only between threads.

enum class TimestampGranularity
{
    ConnectLogical,
    MicrosLong,
    MicrosString,
    MicrosIsoDatetimeString,
    NanosLong,
    NanosString,
    NanosIsoDatetimeString
};

// "regex:column" entries of incrementing.column.mapping / timestamp.columns.mapping (10.9+).
struct ColumnMapping
{
    QString tablePattern; // full-matched against the unquoted fqn
    QStringList columns;
};

struct JdbcSourceSettings
{
    QString connectionUrl;
    ConnectionProperties connection; // user, password, h2.pg.port
    int connectionAttempts = 3;
    qint64 connectionBackoffMs = 10000;
    QStringList tableWhitelist;
    QStringList tableBlacklist;
    QStringList tableIncludeList; // regexes
    QStringList tableExcludeList;
    QString catalogPattern; // null = any
    QString schemaPattern;
    NumericMapping numericMapping = NumericMapping::None;
    QString dialectName;

    QString mode; // "", bulk, incrementing, timestamp, timestamp+incrementing
    QString incrementingColumn;
    QStringList timestampColumns;
    QList<ColumnMapping> incrementingColumnMapping;
    QList<ColumnMapping> timestampColumnsMapping;
    std::optional<qint64> timestampInitial;
    bool validateNonNull = true;
    QString query; // query or query.masked
    QuoteMethod quoting = QuoteMethod::Always;
    QString querySuffix;
    QString isolationMode;
    int queryRetryAttempts = -1;

    QStringList tableTypes { QStringLiteral("TABLE") };
    int pollIntervalMs = 5000;
    int batchMaxRows = 1000;
    qint64 tablePollIntervalMs = 60000;
    QString topicPrefix;
    qint64 timestampDelayIntervalMs = 0;
    QTimeZone dbTimeZone = QTimeZone::utc();
    TimestampGranularity timestampGranularity = TimestampGranularity::ConnectLogical;

    // Task-only keys.
    QStringList tables; // dialect-quoted table ids
    bool tablesFetched = false;

    bool queryMode() const { return !query.isEmpty(); }
    bool usesIncrementing() const
    {
        return mode == QLatin1String("incrementing") || mode == QLatin1String("timestamp+incrementing");
    }
    bool usesTimestamp() const
    {
        return mode == QLatin1String("timestamp") || mode == QLatin1String("timestamp+incrementing");
    }
    // The incrementing column / timestamp columns for one table (legacy keys or the regex mappings).
    QString incrementingColumnFor(const TableId &table) const;
    QStringList timestampColumnsFor(const TableId &table) const;
    // Whether a table passes table.whitelist/blacklist/include/exclude (upstream's TableMonitorThread
    // filter): `quoted` is the table as the dialect quotes it.
    bool tableSelected(const TableId &table, const QString &quoted) const;
};

class JdbcSourceConfig
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::source::JdbcSourceConfig)
public:
    static QString connectorClassName()
    {
        return QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector");
    }
    static QString taskClassName()
    {
        return QStringLiteral("io.confluent.connect.jdbc.source.JdbcSourceTask");
    }
    static QString version() { return QStringLiteral("10.9.7"); }

    // The connector's keys (JdbcSourceConnectorConfig.CONFIG_DEF).
    static const connect::ConfigDef &configDef();
    // The task's keys: the connector's plus tables and tables.fetched (JdbcSourceTaskConfig).
    static const connect::ConfigDef &taskConfigDef();

    // Parses a configuration that must be valid; the error is the first problem found.
    static data::Result<JdbcSourceSettings> parse(const QMap<QString, QString> &props, bool task = false);

    // ConfigDef validation plus JdbcSourceConnectorValidation: mode dependents, legacy/new keys, query
    // checks, and the database connection (one attempt) with "Could not connect to database. <why>".
    static QList<connect::ConfigValue> validate(const connect::ConfigMap &props);

    // The text of "Query mode must be specified" etc. on mode dependents.
    static QStringList modeDependents();
};

// Splits a comma-separated list of (possibly quoted) table ids, keeping commas inside quotes.
QStringList splitQuotedList(const QString &text, QChar quote);

} // namespace cs::jdbc::source
