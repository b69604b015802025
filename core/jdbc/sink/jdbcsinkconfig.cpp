#include "jdbc/sink/jdbcsinkconfig.h"

#include "jdbc/dialects.h"

// ConfigKey is built with designated initializers that name only the fields a key sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::jdbc {

using cs::connect::ConfigDef;
using cs::connect::ConfigMap;
using cs::connect::ConfigType;
using cs::connect::Importance;
using cs::connect::invalidValueMessage;
using cs::connect::Password;
using cs::connect::Validator;
using cs::connect::Width;
using cs::data::DataError;

namespace {

// Upstream's EnumValidator: the lower-case or upper-case spelling of an enumerator, else "Invalid
// enumerator"; described as the lower-case list.
std::shared_ptr<const Validator> enumValidator(const QStringList &lowerNames)
{
    return Validator::lambda(
        [lowerNames](const QString &name, const QVariant &value) -> std::optional<QString> {
            const QString v = value.toString();
            for (const QString &n : lowerNames) {
                if (v == n || v == n.toUpper())
                    return std::nullopt;
            }
            return invalidValueMessage(name, value, QStringLiteral("Invalid enumerator"));
        },
        QLatin1Char('[') + lowerNames.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

// Upstream's TimeZoneValidator.
std::shared_ptr<const Validator> timeZoneValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return std::nullopt;
            if (!QTimeZone::isTimeZoneIdAvailable(value.toString().toUtf8()))
                return invalidValueMessage(name, value, QStringLiteral("Invalid time zone identifier"));
            return std::nullopt;
        },
        QStringLiteral("Any valid JDK time zone"));
}

// DatabaseDialectRecommender as a validator: "" or a registered dialect name.
std::shared_ptr<const Validator> dialectValidator()
{
    QStringList names = Dialects::registeredNames();
    return Validator::lambda(
        [names](const QString &name, const QVariant &value) -> std::optional<QString> {
            const QString v = value.toString();
            if (v.isEmpty() || names.contains(v))
                return std::nullopt;
            return invalidValueMessage(name, value, QStringLiteral("Invalid enumerator"));
        },
        QLatin1Char('[') + (QStringList { QString() } + names).join(QStringLiteral(", ")) + QLatin1Char(']'));
}

ConfigDef buildConfigDef()
{
    const QString connection = QStringLiteral("Connection");
    const QString writes = QStringLiteral("Writes");
    const QString mapping = QStringLiteral("Data Mapping");
    const QString ddl = QStringLiteral("DDL Support");
    const QString dml = QStringLiteral("DML Support");
    const QString retries = QStringLiteral("Retries");
    const auto nonNegative = Validator::atLeast(0);

    ConfigDef def;
    def.define({ .name = QStringLiteral("connection.url"),
        .type = ConfigType::String,
        .importance = Importance::High,
        .documentation = QStringLiteral(
            "JDBC connection URL.\nFor example: ``jdbc:oracle:thin:@localhost:1521:orclpdb1``, "
            "``jdbc:mysql://localhost/db_name``, ``jdbc:sqlserver://localhost;instance=SQLEXPRESS;"
            "databaseName=db_name``"),
        .group = connection,
        .orderInGroup = 1,
        .width = Width::Long,
        .displayName = QStringLiteral("JDBC URL") });
    def.define({ .name = QStringLiteral("connection.user"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .importance = Importance::High,
        .documentation = QStringLiteral("JDBC connection user."),
        .group = connection,
        .orderInGroup = 2,
        .width = Width::Medium,
        .displayName = QStringLiteral("JDBC User") });
    def.define({ .name = QStringLiteral("connection.password"),
        .type = ConfigType::Password,
        .defaultValue = QVariant(),
        .importance = Importance::High,
        .documentation = QStringLiteral("JDBC connection password."),
        .group = connection,
        .orderInGroup = 3,
        .width = Width::Medium,
        .displayName = QStringLiteral("JDBC Password") });
    def.define({ .name = QStringLiteral("dialect.name"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .validator = dialectValidator(),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "The name of the database dialect that should be used for this connector. By default this is "
            "empty, and the connector automatically determines the dialect based upon the JDBC connection "
            "URL. Use this if you want to override that behavior and use a specific dialect. All "
            "properly-packaged dialects in the JDBC connector plugin can be used."),
        .group = connection,
        .orderInGroup = 5,
        .width = Width::Long,
        .displayName = QStringLiteral("Database Dialect") });
    def.define({ .name = QStringLiteral("connection.attempts"),
        .type = ConfigType::Int,
        .defaultValue = 3,
        .validator = Validator::atLeast(1),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "Maximum number of attempts to retrieve a valid JDBC connection. Must be a positive integer."),
        .group = connection,
        .orderInGroup = 6,
        .width = Width::Short,
        .displayName = QStringLiteral("JDBC connection attempts") });
    def.define({ .name = QStringLiteral("connection.backoff.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(10000),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Backoff time in milliseconds between connection attempts."),
        .group = connection,
        .orderInGroup = 7,
        .width = Width::Short,
        .displayName = QStringLiteral("JDBC connection backoff in milliseconds") });
    def.define({ .name = h2PgPortKey(),
        .type = ConfigType::Int,
        .defaultValue = kDefaultH2PgPort,
        .validator = Validator::between(1, 65535),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "Connect Studio: the port of H2's PostgreSQL-protocol server, through which jdbc:h2:tcp: URLs "
            "are reached (H2 started with -pg)."),
        .group = connection,
        .orderInGroup = 8,
        .width = Width::Short,
        .displayName = QStringLiteral("H2 PostgreSQL server port") });

    def.define({ .name = QStringLiteral("insert.mode"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("insert"),
        .validator
        = enumValidator({ QStringLiteral("insert"), QStringLiteral("upsert"), QStringLiteral("update") }),
        .importance = Importance::High,
        .documentation = QStringLiteral(
            "The insertion mode to use. Supported modes are:\n``insert``\n    Use standard SQL ``INSERT`` "
            "statements.\n``upsert``\n    Use the appropriate upsert semantics for the target database if it "
            "is supported by the connector, e.g. ``INSERT OR IGNORE``.\n``update``\n    Use the appropriate "
            "update semantics for the target database if it is supported by the connector, e.g. "
            "``UPDATE``."),
        .group = writes,
        .orderInGroup = 1,
        .width = Width::Medium,
        .displayName = QStringLiteral("Insert Mode") });
    def.define({ .name = QStringLiteral("batch.size"),
        .type = ConfigType::Int,
        .defaultValue = 3000,
        .validator = nonNegative,
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Specifies how many records to attempt to batch together for "
                                        "insertion into the destination table, when possible."),
        .group = writes,
        .orderInGroup = 2,
        .width = Width::Short,
        .displayName = QStringLiteral("Batch Size") });
    def.define({ .name = QStringLiteral("delete.enabled"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "Whether to treat ``null`` record values as deletes. Requires ``pk.mode`` to be ``record_key``."),
        .group = writes,
        .orderInGroup = 3,
        .width = Width::Short,
        .displayName = QStringLiteral("Enable deletes") });
    def.define({ .name = QStringLiteral("table.types"),
        .type = ConfigType::List,
        .defaultValue = QStringList { QStringLiteral("TABLE") },
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "The comma-separated types of database tables to which the sink connector can write. By default "
            "this is ``TABLE``, but any combination of ``TABLE``, ``PARTITIONED TABLE`` and ``VIEW`` is "
            "allowed. Not all databases support writing to views, and when they do the sink connector will "
            "fail if the view definition does not match the records' schemas (regardless of "
            "``auto.evolve``)."),
        .group = writes,
        .orderInGroup = 4,
        .width = Width::Medium,
        .displayName = QStringLiteral("Table Types") });
    def.define({ .name = QStringLiteral("replace.null.with.default"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "Whether to replace fields that have a default value and that are null to the default value. "
            "When set to true, the default value is used, otherwise null is used."),
        .group = writes,
        .orderInGroup = 5,
        .width = Width::Medium,
        .displayName = QStringLiteral("Replace null with default") });

    def.define({ .name = QStringLiteral("table.name.format"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("${topic}"),
        .validator = Validator::nonEmptyString(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "A format string for the destination table name, which may contain '${topic}' as a placeholder "
            "for the originating topic name.\nFor example, ``kafka_${topic}`` for the topic 'orders' will "
            "map to the table name 'kafka_orders'."),
        .group = mapping,
        .orderInGroup = 1,
        .width = Width::Long,
        .displayName = QStringLiteral("Table Name Format") });
    def.define({ .name = QStringLiteral("pk.mode"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("none"),
        .validator = enumValidator({ QStringLiteral("none"), QStringLiteral("kafka"),
            QStringLiteral("record_key"), QStringLiteral("record_value") }),
        .importance = Importance::High,
        .documentation = QStringLiteral(
            "The primary key mode, also refer to ``pk.fields`` documentation for interplay. Supported modes "
            "are:\n``none``\n    No keys utilized.\n``kafka``\n    Kafka coordinates are used as the PK.\n"
            "``record_key``\n    Field(s) from the record key are used, which may be a primitive or a "
            "struct.\n``record_value``\n    Field(s) from the record value are used, which must be a "
            "struct."),
        .group = mapping,
        .orderInGroup = 2,
        .width = Width::Medium,
        .displayName = QStringLiteral("Primary Key Mode") });
    def.define({ .name = QStringLiteral("pk.fields"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "List of comma-separated primary key field names. The runtime interpretation of this config "
            "depends on the ``pk.mode``:\n``none``\n    Ignored as no fields are used as primary key in this "
            "mode.\n``kafka``\n    Must be a trio representing the Kafka coordinates, defaults to "
            "``__connect_topic,__connect_partition,__connect_offset`` if empty.\n``record_key``\n    If "
            "empty, all fields from the key struct will be used, otherwise used to extract the desired "
            "fields - for primitive key only a single field name must be configured.\n``record_value``\n"
            "    If empty, all fields from the value struct will be used, otherwise used to extract the "
            "desired fields."),
        .group = mapping,
        .orderInGroup = 3,
        .width = Width::Long,
        .displayName = QStringLiteral("Primary Key Fields") });
    def.define({ .name = QStringLiteral("fields.whitelist"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "List of comma-separated record value field names. If empty, all fields from the record value "
            "are utilized, otherwise used to filter to the desired fields.\nNote that ``pk.fields`` is "
            "applied independently in the context of which field(s) form the primary key columns in the "
            "destination database, while this configuration is applicable for the other columns."),
        .group = mapping,
        .orderInGroup = 4,
        .width = Width::Long,
        .displayName = QStringLiteral("Fields Whitelist") });
    def.define({ .name = QStringLiteral("db.timezone"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("UTC"),
        .validator = timeZoneValidator(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Name of the JDBC timezone that should be used in the connector when "
                                        "inserting time-based values. Defaults to UTC."),
        .group = mapping,
        .orderInGroup = 5,
        .width = Width::Medium,
        .displayName = QStringLiteral("DB Time Zone") });
    def.define({ .name = QStringLiteral("date.timezone"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("DB_TIMEZONE"),
        .validator = enumValidator({ QStringLiteral("db_timezone"), QStringLiteral("utc") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "Name of the JDBC timezone that should be used in the connector when inserting DATE type values. "
            "Defaults to DB_TIMEZONE that uses the timezone set for db.timzeone configuration (to maintain "
            "backward compatibility). It is recommended to set this to UTC to avoid conversion for DATE type "
            "values."),
        .group = mapping,
        .orderInGroup = 6,
        .width = Width::Medium,
        .displayName = QStringLiteral("Time Zone used for Date") });
    def.define({ .name = QStringLiteral("timestamp.fields.list"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "List of comma-separated record value field names (INT64 or STRING) to write as TIMESTAMP "
            "columns."),
        .group = mapping,
        .orderInGroup = 7,
        .width = Width::Long,
        .displayName = QStringLiteral("Timestamp Fields List") });
    def.define({ .name = QStringLiteral("string.output.value.column.name"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("record_value"),
        .importance = Importance::Low,
        .documentation = QStringLiteral("The column that receives record values whose schema is STRING."),
        .group = mapping,
        .orderInGroup = 8,
        .width = Width::Medium,
        .displayName = QStringLiteral("String Value Column Name") });

    def.define({ .name = QStringLiteral("auto.create"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation
        = QStringLiteral("Whether to automatically create the destination table based on record "
                         "schema if it is found to be missing by issuing ``CREATE``."),
        .group = ddl,
        .orderInGroup = 1,
        .width = Width::Short,
        .displayName = QStringLiteral("Auto-Create") });
    def.define({ .name = QStringLiteral("auto.evolve"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation
        = QStringLiteral("Whether to automatically add columns in the table schema when found to "
                         "be missing relative to the record schema by issuing ``ALTER``."),
        .group = ddl,
        .orderInGroup = 2,
        .width = Width::Short,
        .displayName = QStringLiteral("Auto-Evolve") });
    def.define({ .name = QStringLiteral("quote.sql.identifiers"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("always"),
        .validator
        = Validator::caseInsensitiveValidString({ QStringLiteral("always"), QStringLiteral("never") }),
        .importance = Importance::Medium,
        .documentation
        = QStringLiteral("When to quote table names, column names, and other identifiers in SQL "
                         "statements. For backward compatibility, the default is ``always``."),
        .group = ddl,
        .orderInGroup = 3,
        .width = Width::Medium,
        .displayName = QStringLiteral("Quote Identifiers") });
    def.define({ .name = QStringLiteral("mssql.use.merge.holdlock"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::Low,
        .documentation
        = QStringLiteral("Whether to use HOLDLOCK when performing a MERGE INTO upsert statement. "
                         "Note that it is only applicable to SQL Server."),
        .group = dml,
        .orderInGroup = 1,
        .width = Width::Medium,
        .displayName = QStringLiteral("SQL Server - Use HOLDLOCK in MERGE") });
    def.define({ .name = QStringLiteral("max.retries"),
        .type = ConfigType::Int,
        .defaultValue = 10,
        .validator = nonNegative,
        .importance = Importance::Medium,
        .documentation
        = QStringLiteral("The maximum number of times to retry on errors before failing the task."),
        .group = retries,
        .orderInGroup = 1,
        .width = Width::Short,
        .displayName = QStringLiteral("Maximum Retries") });
    def.define({ .name = QStringLiteral("retry.backoff.ms"),
        .type = ConfigType::Int,
        .defaultValue = 3000,
        .validator = nonNegative,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "The time in milliseconds to wait following an error before a retry attempt is made."),
        .group = retries,
        .orderInGroup = 2,
        .width = Width::Short,
        .displayName = QStringLiteral("Retry Backoff (millis)") });
    def.define({ .name = QStringLiteral("trim.sensitive.log"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Low,
        .internal = true });
    return def;
}

} // namespace

QStringList defaultKafkaPkNames()
{
    return { QStringLiteral("__connect_topic"), QStringLiteral("__connect_partition"),
        QStringLiteral("__connect_offset") };
}

QString primaryKeyModeName(PrimaryKeyMode mode)
{
    switch (mode) {
    case PrimaryKeyMode::None:
        return QStringLiteral("none");
    case PrimaryKeyMode::Kafka:
        return QStringLiteral("kafka");
    case PrimaryKeyMode::RecordKey:
        return QStringLiteral("record_key");
    case PrimaryKeyMode::RecordValue:
        return QStringLiteral("record_value");
    }
    return QString();
}

const ConfigDef &JdbcSinkConfig::configDef()
{
    static const ConfigDef def = buildConfigDef();
    return def;
}

cs::data::Result<JdbcSinkConfig> JdbcSinkConfig::parse(const connect::TaskConfig &config)
{
    ConfigMap props;
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        props.insert(it.key(), it.value());
    const ConfigDef::Parsed parsed = configDef().parse(props);
    if (parsed.error)
        return DataError(*parsed.error);
    const QVariantMap &v = parsed.values;
    JdbcSinkConfig c;
    c.connectorName = config.value(QStringLiteral("name"));
    c.connectionUrl = v.value(QStringLiteral("connection.url")).toString();
    const QVariant user = v.value(QStringLiteral("connection.user"));
    if (user.isValid())
        c.connection.user = user.toString();
    const QVariant password = v.value(QStringLiteral("connection.password"));
    if (password.isValid())
        c.connection.password = password.value<Password>().value;
    if (config.contains(h2PgPortKey()))
        c.connection.h2PgPort = v.value(h2PgPortKey()).toInt();
    c.connectionAttempts = v.value(QStringLiteral("connection.attempts")).toInt();
    c.connectionBackoffMs = v.value(QStringLiteral("connection.backoff.ms")).toLongLong();
    c.dialectName = v.value(QStringLiteral("dialect.name")).toString();
    const QString insertMode = v.value(QStringLiteral("insert.mode")).toString().toLower();
    c.insertMode = insertMode == QLatin1String("upsert") ? InsertMode::Upsert
        : insertMode == QLatin1String("update")          ? InsertMode::Update
                                                         : InsertMode::Insert;
    c.batchSize = v.value(QStringLiteral("batch.size")).toInt();
    c.deleteEnabled = v.value(QStringLiteral("delete.enabled")).toBool();
    c.tableTypes = v.value(QStringLiteral("table.types")).toStringList();
    c.replaceNullWithDefault = v.value(QStringLiteral("replace.null.with.default")).toBool();
    c.tableNameFormat = v.value(QStringLiteral("table.name.format")).toString().trimmed();
    const QString pkMode = v.value(QStringLiteral("pk.mode")).toString().toLower();
    c.pkMode = pkMode == QLatin1String("kafka")   ? PrimaryKeyMode::Kafka
        : pkMode == QLatin1String("record_key")   ? PrimaryKeyMode::RecordKey
        : pkMode == QLatin1String("record_value") ? PrimaryKeyMode::RecordValue
                                                  : PrimaryKeyMode::None;
    c.pkFields = v.value(QStringLiteral("pk.fields")).toStringList();
    const QStringList whitelist = v.value(QStringLiteral("fields.whitelist")).toStringList();
    c.fieldsWhitelist = QSet<QString>(whitelist.cbegin(), whitelist.cend());
    const QString zone = v.value(QStringLiteral("db.timezone")).toString();
    c.dbTimeZone = QTimeZone(zone.toUtf8());
    c.dbTimeZoneIsUtc = zone == QLatin1String("UTC") || zone == QLatin1String("Z")
        || c.dbTimeZone.id() == QByteArrayLiteral("UTC");
    c.dateUsesDbTimeZone
        = v.value(QStringLiteral("date.timezone")).toString().toUpper() == QLatin1String("DB_TIMEZONE");
    const QStringList tsFields = v.value(QStringLiteral("timestamp.fields.list")).toStringList();
    c.timestampFields = QSet<QString>(tsFields.cbegin(), tsFields.cend());
    c.stringValueColumn = v.value(QStringLiteral("string.output.value.column.name")).toString();
    c.autoCreate = v.value(QStringLiteral("auto.create")).toBool();
    c.autoEvolve = v.value(QStringLiteral("auto.evolve")).toBool();
    parseQuoteMethod(v.value(QStringLiteral("quote.sql.identifiers")).toString(), &c.quoting);
    c.maxRetries = v.value(QStringLiteral("max.retries")).toInt();
    c.retryBackoffMs = v.value(QStringLiteral("retry.backoff.ms")).toInt();
    if (c.deleteEnabled && c.pkMode != PrimaryKeyMode::RecordKey)
        return DataError(
            QStringLiteral("Primary key mode must be 'record_key' when delete support is enabled"));
    return c;
}

} // namespace cs::jdbc
