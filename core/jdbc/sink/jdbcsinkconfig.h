#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "connect/configdef.h"
#include "connect/connector.h"
#include "data/dataerror.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/tableid.h"

namespace cs::jdbc {

// insert.mode
enum class InsertMode
{
    Insert,
    Upsert,
    Update
};

// pk.mode
enum class PrimaryKeyMode
{
    None,
    Kafka,
    RecordKey,
    RecordValue
};

// The three default column names of pk.mode=kafka.
QStringList defaultKafkaPkNames();
QString primaryKeyModeName(PrimaryKeyMode mode); // "none", "kafka", "record_key", "record_value"

// The parsed configuration of io.confluent.connect.jdbc.JdbcSinkConnector and its task (upstream's
// JdbcSinkConfig, v10.9.7 keys and defaults, §5.1). A plain value type built by parse().
struct JdbcSinkConfig
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::JdbcSinkConfig)
public:
    QString connectorName;
    QString connectionUrl;
    ConnectionProperties connection; // user, password (never logged), h2.pg.port
    int connectionAttempts = 3;
    qint64 connectionBackoffMs = 10000;
    QString dialectName;
    InsertMode insertMode = InsertMode::Insert;
    int batchSize = 3000;
    bool deleteEnabled = false;
    QStringList tableTypes { QStringLiteral("TABLE") };
    bool replaceNullWithDefault = true;
    QString tableNameFormat = QStringLiteral("${topic}");
    PrimaryKeyMode pkMode = PrimaryKeyMode::None;
    QStringList pkFields;
    QSet<QString> fieldsWhitelist;
    QTimeZone dbTimeZone = QTimeZone::utc();
    bool dbTimeZoneIsUtc = true;
    bool dateUsesDbTimeZone = true; // date.timezone=DB_TIMEZONE (else UTC)
    QSet<QString> timestampFields; // timestamp.fields.list
    QString stringValueColumn = QStringLiteral("record_value");
    bool autoCreate = false;
    bool autoEvolve = false;
    QuoteMethod quoting = QuoteMethod::Always;
    int maxRetries = 10;
    int retryBackoffMs = 3000;

    // The connector's configuration definition (keys, types, defaults, validators, groups, docs).
    static const connect::ConfigDef &configDef();
    // Parses a connector or task configuration. Errors are upstream's ConfigException texts,
    // including "Primary key mode must be 'record_key' when delete support is enabled".
    static cs::data::Result<JdbcSinkConfig> parse(const connect::TaskConfig &config);
};

} // namespace cs::jdbc
