#include "jdbc/source/jdbcsourceconfig.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "jdbc/dialects.h"

// ConfigKey is built with designated initializers that name only the fields a key sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::jdbc::source {

using connect::ConfigDef;
using connect::ConfigKey;
using connect::ConfigMap;
using connect::ConfigType;
using connect::ConfigValue;
using connect::Importance;
using connect::Validator;
using connect::Width;

namespace {

const QString kDatabaseGroup = QStringLiteral("Database");
const QString kModeGroup = QStringLiteral("Mode");
const QString kConnectorGroup = QStringLiteral("Connector");

const QString kModeBulk = QStringLiteral("bulk");
const QString kModeTimestamp = QStringLiteral("timestamp");
const QString kModeIncrementing = QStringLiteral("incrementing");
const QString kModeTimestampIncrementing = QStringLiteral("timestamp+incrementing");

// ModeDependentsRecommender: which mode-dependent keys a mode shows.
bool modeDependentVisible(const QString &name, const QString &mode)
{
    if (mode == kModeBulk)
        return false;
    if (mode == kModeTimestamp)
        return name == u"timestamp.column.name" || name == u"timestamp.columns.mapping"
            || name == u"validate.non.null";
    if (mode == kModeIncrementing)
        return name == u"incrementing.column.name" || name == u"incrementing.column.mapping"
            || name == u"validate.non.null";
    if (mode == kModeTimestampIncrementing)
        return true;
    return true;
}

std::shared_ptr<const connect::Recommender> modeDependentsRecommender()
{
    auto r = std::make_shared<connect::Recommender>();
    r->validValues = [](const QString &, const QVariantMap &) { return QVariantList(); };
    r->visible = [](const QString &name, const QVariantMap &parsed) {
        return modeDependentVisible(name, parsed.value(QStringLiteral("mode")).toString());
    };
    return r;
}

std::shared_ptr<const Validator> topicPrefixValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return connect::invalidValueMessage(
                    name, value, QStringLiteral("Topic prefix must not be null."));
            const QString prefix = value.toString().trimmed();
            if (prefix.size() > 249)
                return connect::invalidValueMessage(name, value,
                    QStringLiteral("Topic prefix length must not exceed max topic name length, 249 chars"));
            static const QRegularExpression legal(QStringLiteral("^[a-zA-Z0-9._-]*$"));
            if (!legal.match(prefix).hasMatch())
                return connect::invalidValueMessage(name, value,
                    QStringLiteral("Topic prefix must not contain any character other than ASCII "
                                   "alphanumerics, '.', '_' and '-'."));
            return std::nullopt;
        },
        QString());
}

std::shared_ptr<const Validator> timeZoneValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            const QString id = value.toString();
            if (value.isValid() && !QTimeZone(id.toUtf8()).isValid())
                return connect::invalidValueMessage(
                    name, value, QStringLiteral("Invalid time zone identifier"));
            return std::nullopt;
        },
        QString());
}

std::shared_ptr<const Validator> dialectNameValidator()
{
    QStringList names { QString() };
    names += Dialects::registeredNames();
    return Validator::lambda(
        [names](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (value.isValid() && !names.contains(value.toString()))
                return connect::invalidValueMessage(name, value, QStringLiteral("Invalid enumerator"));
            return std::nullopt;
        },
        QStringLiteral("[") + names.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

std::shared_ptr<const Validator> mappingValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            for (const QString &entry : value.toStringList()) {
                const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
                if (colon <= 0 || colon == entry.size() - 1)
                    return connect::invalidValueMessage(
                        name, value, QStringLiteral("Each entry must have the form <table regex>:<column>"));
                if (!QRegularExpression(entry.left(colon)).isValid())
                    return connect::invalidValueMessage(
                        name, value, QStringLiteral("Invalid regex: ") + entry.left(colon));
            }
            return std::nullopt;
        },
        QString());
}

ConfigDef buildConfigDef()
{
    ConfigDef def;
    int order = 0;
    // ---- Database ------------------------------------------------------------------------------
    def.define({ .name = QStringLiteral("connection.url"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .importance = Importance::High,
        .documentation
        = QStringLiteral("JDBC connection URL.\nFor example: ``jdbc:oracle:thin:@localhost:1521:orclpdb1``, "
                         "``jdbc:mysql://localhost/db_name``, "
                         "``jdbc:sqlserver://localhost;instance=SQLEXPRESS;databaseName=db_name``"),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("JDBC URL"),
        .dependents = { QStringLiteral("table.whitelist"), QStringLiteral("table.blacklist") } });
    def.define({ .name = QStringLiteral("connection.user"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .importance = Importance::High,
        .documentation = QStringLiteral("JDBC connection user."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("JDBC User") });
    def.define({ .name = QStringLiteral("connection.password"),
        .type = ConfigType::Password,
        .defaultValue = QVariant(),
        .importance = Importance::High,
        .documentation = QStringLiteral("JDBC connection password."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("JDBC Password") });
    def.define({ .name = QStringLiteral("jdbc.credentials.provider.class"),
        .type = ConfigType::Class,
        .defaultValue = QStringLiteral("io.confluent.connect.jdbc.util.DefaultJdbcCredentialsProvider"),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Credentials provider or provider chain to use for authentication "
                                        "to the database. By default the connector uses "
                                        "``DefaultJdbcCredentialsProvider``."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("JDBC Credentials Provider Class") });
    def.define({ .name = QStringLiteral("connection.attempts"),
        .type = ConfigType::Int,
        .defaultValue = 3,
        .validator = Validator::atLeast(1),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Maximum number of attempts to retrieve a valid JDBC connection. "
                                        "Must be a positive integer."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("JDBC connection attempts") });
    def.define({ .name = QStringLiteral("connection.backoff.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(10000),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Backoff time in milliseconds between connection attempts."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("JDBC connection backoff in milliseconds") });
    def.define({ .name = h2PgPortKey(),
        .type = ConfigType::Int,
        .defaultValue = QVariant(),
        .validator = Validator::lambda(
            [](const QString &name, const QVariant &value) -> std::optional<QString> {
                if (value.isValid() && (value.toInt() < 1 || value.toInt() > 65535))
                    return connect::invalidValueMessage(
                        name, value, QStringLiteral("Value must be between 1 and 65535"));
                return std::nullopt;
            },
            QStringLiteral("[1,...,65535]")),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Connect Studio only: the port of the PostgreSQL-protocol server "
                                        "H2 runs (started with -pg), through which jdbc:h2:tcp: URLs are "
                                        "reached. Default 5435."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("H2 PG server port") });
    def.define({ .name = QStringLiteral("table.whitelist"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation
        = QStringLiteral("List of tables to include in copying. If specified, ``table.blacklist`` "
                         "may not be set. Use a comma-separated list to specify multiple "
                         "tables (for example, ``table.whitelist: \"User, Address, Email\"``)."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Table Whitelist") });
    def.define({ .name = QStringLiteral("table.blacklist"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("List of tables to exclude from copying. If specified, "
                                        "``table.whitelist`` may not be set. Use a comma-separated list to "
                                        "specify multiple tables (for example, ``table.blacklist: \"User, "
                                        "Address, Email\"``)."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Table Blacklist") });
    def.define({ .name = QStringLiteral("table.include.list"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("List of regular expressions matching fully qualified table names to "
                                        "include in copying."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Table Include List") });
    def.define({ .name = QStringLiteral("table.exclude.list"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("List of regular expressions matching fully qualified table names to "
                                        "exclude from copying. Requires ``table.include.list``."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Table Exclude List") });
    def.define({ .name = QStringLiteral("catalog.pattern"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Catalog pattern to fetch table metadata from the database.\n"
                                        "  * ``\"\"`` retrieves those without a catalog \n"
                                        "  * null (default) indicates that the schema name is not used to "
                                        "narrow the search and that all table metadata is fetched, "
                                        "regardless of the catalog."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Schema pattern") });
    def.define({ .name = QStringLiteral("schema.pattern"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .importance = Importance::High,
        .documentation = QStringLiteral("Schema pattern to fetch table metadata from the database.\n"
                                        "  * ``\"\"`` retrieves those without a schema.\n"
                                        "  * null (default) indicates that the schema name is not used to "
                                        "narrow the search and that all table metadata is fetched, "
                                        "regardless of the schema."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Schema pattern") });
    def.define({ .name = QStringLiteral("numeric.precision.mapping"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Low,
        .documentation = QStringLiteral("Whether or not to attempt mapping NUMERIC values by precision to "
                                        "integral types. This option is now deprecated. A future version "
                                        "may remove it completely. Please use ``numeric.mapping`` instead."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Map Numeric Values By Precision (deprecated)") });
    def.define({ .name = QStringLiteral("numeric.mapping"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .validator = Validator::lambda(
            [](const QString &name, const QVariant &value) -> std::optional<QString> {
                NumericMapping m;
                if (value.isValid() && !parseNumericMapping(value.toString(), &m))
                    return connect::invalidValueMessage(name, value,
                        QStringLiteral("String must be one of: none, precision_only, best_fit, "
                                       "best_fit_eager_double"));
                return std::nullopt;
            },
            QStringLiteral("[none, precision_only, best_fit, best_fit_eager_double]")),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Map NUMERIC values by precision and optionally scale to integral or "
                                        "decimal types.\n  * Use ``none`` if all NUMERIC columns are to be "
                                        "represented by Connect's DECIMAL logical type.\n  * Use "
                                        "``best_fit`` if NUMERIC columns should be cast to Connect's INT8, "
                                        "INT16, INT32, INT64, or FLOAT64 based upon the column's precision "
                                        "and scale. This option may still represent the NUMERIC value as "
                                        "Connect DECIMAL if it cannot be cast to a native type without "
                                        "losing precision. For example, a NUMERIC(20) type with precision "
                                        "20 would not be able to fit in a native INT64 without overflowing "
                                        "and thus would be retained as DECIMAL.\n  * Use "
                                        "``best_fit_eager_double`` if in addition to the properties of "
                                        "best_fit described above, it is desirable to always cast NUMERIC "
                                        "columns with scale to Connect FLOAT64 type, despite potential of "
                                        "loss in accuracy.\n  * Use ``precision_only`` to map NUMERIC "
                                        "columns based only on the column's precision assuming that "
                                        "column's scale is 0.\n  * The ``none`` option is the default, but "
                                        "may lead to serialization issues with Avro since Connect's DECIMAL "
                                        "type is mapped to its binary representation, and ``best_fit`` will "
                                        "often be preferred since it maps to the most appropriate primitive "
                                        "type."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Map Numeric Values, Integral or Decimal, By Precision and Scale") });
    def.define({ .name = QStringLiteral("dialect.name"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .validator = dialectNameValidator(),
        .importance = Importance::Low,
        .documentation = QStringLiteral("The name of the database dialect that should be used for this "
                                        "connector. By default this is empty, and the connector "
                                        "automatically determines the dialect based upon the JDBC "
                                        "connection URL. Use this if you want to override that behavior "
                                        "and use a specific dialect. All properly-packaged dialects in the "
                                        "JDBC connector plugin can be used."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Database Dialect") });
    def.define({ .name = QStringLiteral("date.calendar.system"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("LEGACY"),
        .validator
        = Validator::validString({ QStringLiteral("LEGACY"), QStringLiteral("PROLEPTIC_GREGORIAN") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Calendar system used to read dates before the Gregorian reform "
                                        "(1582-10-15): ``LEGACY`` (Julian/Gregorian hybrid) or "
                                        "``PROLEPTIC_GREGORIAN``."),
        .group = kDatabaseGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Date Calendar System") });

    // ---- Mode ----------------------------------------------------------------------------------
    order = 0;
    const auto modeRecommender = modeDependentsRecommender();
    def.define({ .name = QStringLiteral("mode"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .validator = Validator::validString(
            { QString(), kModeBulk, kModeTimestamp, kModeIncrementing, kModeTimestampIncrementing }),
        .importance = Importance::High,
        .documentation = QStringLiteral("The mode for updating a table each time it is polled. Options "
                                        "include:\n  * bulk: perform a bulk load of the entire table each "
                                        "time it is polled\n  * incrementing: use a strictly incrementing "
                                        "column on each table to detect only new rows. Note that this will "
                                        "not detect modifications or deletions of existing rows.\n  * "
                                        "timestamp: use a timestamp (or timestamp-like) column to detect "
                                        "new and modified rows. This assumes the column is updated with "
                                        "each write, and that values are monotonically incrementing, but "
                                        "not necessarily unique.\n  * timestamp+incrementing: use two "
                                        "columns, a timestamp column that detects new and modified rows and "
                                        "a strictly incrementing column which provides a globally unique ID "
                                        "for updates so each row can be assigned a unique stream offset."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Table Loading Mode"),
        .dependents = { QStringLiteral("incrementing.column.name"), QStringLiteral("timestamp.column.name"),
            QStringLiteral("incrementing.column.mapping"), QStringLiteral("timestamp.columns.mapping"),
            QStringLiteral("validate.non.null") } });
    def.define({ .name = QStringLiteral("incrementing.column.name"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("The name of the strictly incrementing column to use to detect new "
                                        "rows. Any empty value indicates the column should be autodetected "
                                        "by looking for an auto-incrementing column. This column may not be "
                                        "nullable."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Incrementing Column Name"),
        .recommender = modeRecommender });
    def.define({ .name = QStringLiteral("timestamp.column.name"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Comma separated list of one or more timestamp columns to detect new "
                                        "or modified rows using the COALESCE SQL function. Rows whose first "
                                        "non-null timestamp value is greater than the largest previous "
                                        "timestamp value seen will be discovered with each poll. At least "
                                        "one column should not be nullable."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Timestamp Column Name"),
        .recommender = modeRecommender });
    def.define({ .name = QStringLiteral("timestamp.columns.mapping"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .validator = mappingValidator(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("List of ``<table regex>:[<column>|<column>...]`` entries naming the "
                                        "timestamp columns of the tables that match each regex."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Timestamp Columns Mapping"),
        .recommender = modeRecommender });
    def.define({ .name = QStringLiteral("incrementing.column.mapping"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .validator = mappingValidator(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("List of ``<table regex>:<column>`` entries naming the incrementing "
                                        "column of the tables that match each regex."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Incrementing Column Mapping"),
        .recommender = modeRecommender });
    def.define({ .name = QStringLiteral("timestamp.initial"),
        .type = ConfigType::Long,
        .defaultValue = QVariant(),
        .importance = Importance::Low,
        .documentation = QStringLiteral("The epoch timestamp used for initial queries that use timestamp "
                                        "criteria. Use -1 to use the current time. If not specified, all "
                                        "data will be retrieved."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Unix time value of initial timestamp") });
    def.define({ .name = QStringLiteral("validate.non.null"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::Low,
        .documentation = QStringLiteral("By default, the JDBC connector will validate that all incrementing "
                                        "and timestamp tables have NOT NULL set for the columns being used "
                                        "as their ID/timestamp. If the tables don't, JDBC connector will "
                                        "fail to start. Setting this to false will disable these checks."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Validate Non Null"),
        .recommender = modeRecommender });
    def.define({ .name = QStringLiteral("query"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("If specified, the query to perform to select new or updated rows. "
                                        "Use this setting if you want to join tables, select subsets of "
                                        "columns in a table, or filter data. If used, this connector will "
                                        "only copy data using this query -- whole-table copying will be "
                                        "disabled. Different query modes may still be used for incremental "
                                        "updates, but in order to properly construct the incremental query, "
                                        "it must be possible to append a WHERE clause to this query (i.e. no "
                                        "WHERE clauses may be used). If you use a WHERE clause, it must "
                                        "handle incremental queries itself."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Query") });
    def.define({ .name = QStringLiteral("query.masked"),
        .type = ConfigType::Password,
        .defaultValue = QString(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("The same as ``query``, but its value is hidden in the connector's "
                                        "configuration as it is shown."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Query (masked)") });
    def.define({ .name = QStringLiteral("quote.sql.identifiers"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("always"),
        .validator
        = Validator::caseInsensitiveValidString({ QStringLiteral("always"), QStringLiteral("never") }),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("When to quote table names, column names, and other identifiers in "
                                        "SQL statements. For backward compatibility, the default is "
                                        "``always``."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Quote Identifiers") });
    def.define({ .name = QStringLiteral("query.suffix"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Suffix to append at the end of the generated query."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Query suffix") });
    def.define({ .name = QStringLiteral("transaction.isolation.mode"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("DEFAULT"),
        .validator = Validator::validString({ QStringLiteral("DEFAULT"), QStringLiteral("READ_UNCOMMITTED"),
            QStringLiteral("READ_COMMITTED"), QStringLiteral("REPEATABLE_READ"),
            QStringLiteral("SERIALIZABLE"), QStringLiteral("SQL_SERVER_SNAPSHOT") }),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Mode to control which transaction isolation level is used when "
                                        "running queries against the database. By default no explicit "
                                        "transaction isolation mode is set. SQL_SERVER_SNAPSHOT will only "
                                        "work against a connector configured to write to Sql Server. "
                                        "Options include 'DEFAULT', 'READ_UNCOMMITTED', 'READ_COMMITTED', "
                                        "'REPEATABLE_READ', 'SERIALIZABLE', and 'SQL_SERVER_SNAPSHOT'."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Transaction Isolation Mode") });
    def.define({ .name = QStringLiteral("query.retry.attempts"),
        .type = ConfigType::Int,
        .defaultValue = -1,
        .importance = Importance::Low,
        .documentation = QStringLiteral("Number of times to retry SQL exceptions encountered when executing "
                                        "queries. Use -1 to retry indefinitely."),
        .group = kModeGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Query Retry Attempts") });

    // ---- Connector -----------------------------------------------------------------------------
    order = 0;
    def.define({ .name = QStringLiteral("table.types"),
        .type = ConfigType::List,
        .defaultValue = QStringList { QStringLiteral("TABLE") },
        .importance = Importance::Low,
        .documentation = QStringLiteral("By default, the JDBC connector will only detect tables with type "
                                        "TABLE from the source Database. This config allows a command "
                                        "separated list of table types to extract. Options include:\n  * "
                                        "TABLE\n  * VIEW\n  * SYSTEM TABLE\n  * GLOBAL TEMPORARY\n  * LOCAL "
                                        "TEMPORARY\n  * ALIAS\n  * SYNONYM\n  In most cases it only makes "
                                        "sense to have either TABLE or VIEW."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Table Types") });
    def.define({ .name = QStringLiteral("poll.interval.ms"),
        .type = ConfigType::Int,
        .defaultValue = 5000,
        .importance = Importance::High,
        .documentation = QStringLiteral("Frequency in ms to poll for new data in each table."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Poll Interval (ms)") });
    def.define({ .name = QStringLiteral("batch.max.rows"),
        .type = ConfigType::Int,
        .defaultValue = 1000,
        .importance = Importance::Low,
        .documentation = QStringLiteral("Maximum number of rows to include in a single batch when polling "
                                        "for new data. This setting can be used to limit the amount of data "
                                        "buffered internally in the connector."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Max Rows Per Batch") });
    def.define({ .name = QStringLiteral("max.buffer.size"),
        .type = ConfigType::Int,
        .defaultValue = 0,
        .importance = Importance::Low,
        .documentation = QStringLiteral("Maximum number of records buffered in memory between the query and "
                                        "poll(); 0 means 4 times batch.max.rows."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Max Buffer Size") });
    def.define({ .name = QStringLiteral("poll.linger.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(5000),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Maximum time in ms a poll waits for records when none are ready."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Poll Linger (ms)") });
    def.define({ .name = QStringLiteral("table.poll.interval.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(60000),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Frequency in ms to poll for new or removed tables, which may result "
                                        "in updated task configurations to start polling for data in added "
                                        "tables or stop polling for data in removed tables."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Metadata Change Monitoring Interval (ms)") });
    def.define({ .name = QStringLiteral("table.monitoring.startup.polling.limit.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(10000),
        .importance = Importance::Low,
        .documentation
        = QStringLiteral("The maximum time to wait for the table monitoring thread to complete "
                         "the initial table fetch."),
        .internal = true });
    def.define({ .name = QStringLiteral("topic.prefix"),
        .type = ConfigType::String,
        .defaultValue = QString(),
        .validator = topicPrefixValidator(),
        .importance = Importance::High,
        .documentation = QStringLiteral("Prefix to prepend to table names to generate the name of the Kafka "
                                        "topic to publish data to, or in the case of a custom query, the "
                                        "full name of the topic to publish to."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Topic Prefix") });
    def.define({ .name = QStringLiteral("timestamp.delay.interval.ms"),
        .type = ConfigType::Long,
        .defaultValue = qint64(0),
        .importance = Importance::High,
        .documentation = QStringLiteral("How long to wait after a row with certain timestamp appears before "
                                        "we include it in the result. You may choose to add some delay to "
                                        "allow transactions with earlier timestamp to complete. The first "
                                        "execution will fetch all available records (i.e. starting at "
                                        "timestamp 0) until current time minus the delay. Every following "
                                        "execution will get data from the last time we fetched until "
                                        "current time minus the delay."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Delay Interval (ms)") });
    def.define({ .name = QStringLiteral("db.timezone"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("UTC"),
        .validator = timeZoneValidator(),
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Name of the JDBC timezone used in the connector when querying with "
                                        "time-based criteria. Defaults to UTC."),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("DB time zone") });
    def.define({ .name = QStringLiteral("timestamp.granularity"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("connect_logical"),
        .validator = Validator::validString({ QStringLiteral("connect_logical"),
            QStringLiteral("micros_long"), QStringLiteral("micros_string"),
            QStringLiteral("micros_iso_datetime_string"), QStringLiteral("nanos_long"),
            QStringLiteral("nanos_string"), QStringLiteral("nanos_iso_datetime_string") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Define the granularity of the Timestamp column. Options include: \n"
                                        "  * connect_logical (default): represents timestamp values using "
                                        "Kafka Connect's built-in representations \n  * nanos_long: "
                                        "represents timestamp values as nanos since epoch\n  * "
                                        "nanos_string: represents timestamp values as nanos since epoch in "
                                        "string\n  * nanos_iso_datetime_string: uses the iso format "
                                        "'yyyy-MM-dd'T'HH:mm:ss.n'\n"),
        .group = kConnectorGroup,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Timestamp granularity for timestamp columns") });
    return def;
}

ConfigDef buildTaskConfigDef()
{
    ConfigDef def = buildConfigDef();
    def.define({ .name = QStringLiteral("tables"),
        .type = ConfigType::List,
        .importance = Importance::High,
        .documentation = QStringLiteral("List of tables for this task to watch for changes.") });
    def.define({ .name = QStringLiteral("tables.fetched"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Low,
        .documentation = QStringLiteral("Whether the connector has fetched the tables of this task."),
        .internal = true });
    return def;
}

QList<ColumnMapping> parseMappings(const QStringList &entries)
{
    QList<ColumnMapping> out;
    for (const QString &entry : entries) {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        ColumnMapping m;
        m.tablePattern = entry.left(colon);
        QString cols = entry.mid(colon + 1).trimmed();
        if (cols.startsWith(QLatin1Char('[')) && cols.endsWith(QLatin1Char(']')))
            cols = cols.mid(1, cols.size() - 2);
        for (const QString &c : cols.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            m.columns << c.trimmed();
        out << m;
    }
    return out;
}

bool fullMatch(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.isValid() && re.match(text).hasMatch();
}

void addError(QList<ConfigValue> &values, const QString &name, const QString &message)
{
    for (ConfigValue &v : values) {
        if (v.name == name) {
            v.errorMessages << message;
            return;
        }
    }
}

bool hasErrors(const QList<ConfigValue> &values)
{
    for (const ConfigValue &v : values) {
        if (!v.errorMessages.isEmpty())
            return true;
    }
    return false;
}

QStringList nonEmpty(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

} // namespace

QStringList splitQuotedList(const QString &text, QChar quote)
{
    QStringList out;
    QString current;
    bool inQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == quote) {
            inQuote = !inQuote; // a doubled quote toggles twice
            current += c;
        } else if (c == QLatin1Char(',') && !inQuote) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QString JdbcSourceSettings::incrementingColumnFor(const TableId &table) const
{
    if (!incrementingColumn.isEmpty())
        return incrementingColumn;
    for (const ColumnMapping &m : incrementingColumnMapping) {
        if (fullMatch(m.tablePattern, table.unquotedFqn()) && !m.columns.isEmpty())
            return m.columns.first();
    }
    return {};
}

QStringList JdbcSourceSettings::timestampColumnsFor(const TableId &table) const
{
    if (!timestampColumns.isEmpty())
        return timestampColumns;
    for (const ColumnMapping &m : timestampColumnsMapping) {
        if (fullMatch(m.tablePattern, table.unquotedFqn()))
            return m.columns;
    }
    return {};
}

bool JdbcSourceSettings::tableSelected(const TableId &table, const QString &quoted) const
{
    const QString fqn = table.unquotedFqn();
    auto listed = [&](const QStringList &list) {
        return list.contains(fqn) || list.contains(quoted) || list.contains(table.toString())
            || list.contains(table.table);
    };
    if (!tableWhitelist.isEmpty() && !listed(tableWhitelist))
        return false;
    if (!tableBlacklist.isEmpty() && listed(tableBlacklist))
        return false;
    if (!tableIncludeList.isEmpty()) {
        bool included = false;
        for (const QString &p : tableIncludeList)
            included = included || fullMatch(p, fqn);
        if (!included)
            return false;
        for (const QString &p : tableExcludeList) {
            if (fullMatch(p, fqn))
                return false;
        }
    }
    return true;
}

const ConfigDef &JdbcSourceConfig::configDef()
{
    static const ConfigDef def = buildConfigDef();
    return def;
}

const ConfigDef &JdbcSourceConfig::taskConfigDef()
{
    static const ConfigDef def = buildTaskConfigDef();
    return def;
}

QStringList JdbcSourceConfig::modeDependents()
{
    return { QStringLiteral("incrementing.column.name"), QStringLiteral("timestamp.column.name"),
        QStringLiteral("incrementing.column.mapping"), QStringLiteral("timestamp.columns.mapping"),
        QStringLiteral("validate.non.null") };
}

data::Result<JdbcSourceSettings> JdbcSourceConfig::parse(const QMap<QString, QString> &props, bool task)
{
    ConfigMap map;
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        map.insert(it.key(), it.value());
    const ConfigDef &def = task ? taskConfigDef() : configDef();
    const ConfigDef::Parsed parsed = def.parse(map);
    if (parsed.error)
        return data::DataError(*parsed.error);
    const QVariantMap &v = parsed.values;
    JdbcSourceSettings s;
    s.connectionUrl = v.value(QStringLiteral("connection.url")).toString();
    s.connection.user = v.value(QStringLiteral("connection.user")).toString();
    s.connection.password = v.value(QStringLiteral("connection.password")).value<connect::Password>().value;
    if (v.value(h2PgPortKey()).isValid())
        s.connection.h2PgPort = v.value(h2PgPortKey()).toInt();
    s.connectionAttempts = v.value(QStringLiteral("connection.attempts")).toInt();
    s.connectionBackoffMs = v.value(QStringLiteral("connection.backoff.ms")).toLongLong();
    s.tableWhitelist = nonEmpty(v.value(QStringLiteral("table.whitelist")).toStringList());
    s.tableBlacklist = nonEmpty(v.value(QStringLiteral("table.blacklist")).toStringList());
    s.tableIncludeList = nonEmpty(v.value(QStringLiteral("table.include.list")).toStringList());
    s.tableExcludeList = nonEmpty(v.value(QStringLiteral("table.exclude.list")).toStringList());
    s.catalogPattern = v.value(QStringLiteral("catalog.pattern")).toString();
    s.schemaPattern = v.value(QStringLiteral("schema.pattern")).toString();
    const QVariant numeric = v.value(QStringLiteral("numeric.mapping"));
    if (numeric.isValid())
        parseNumericMapping(numeric.toString(), &s.numericMapping);
    else if (v.value(QStringLiteral("numeric.precision.mapping")).toBool())
        s.numericMapping = NumericMapping::PrecisionOnly;
    s.dialectName = v.value(QStringLiteral("dialect.name")).toString();
    s.mode = v.value(QStringLiteral("mode")).toString();
    s.incrementingColumn = v.value(QStringLiteral("incrementing.column.name")).toString().trimmed();
    s.timestampColumns = nonEmpty(v.value(QStringLiteral("timestamp.column.name")).toStringList());
    s.incrementingColumnMapping
        = parseMappings(v.value(QStringLiteral("incrementing.column.mapping")).toStringList());
    s.timestampColumnsMapping
        = parseMappings(v.value(QStringLiteral("timestamp.columns.mapping")).toStringList());
    if (v.value(QStringLiteral("timestamp.initial")).isValid())
        s.timestampInitial = v.value(QStringLiteral("timestamp.initial")).toLongLong();
    s.validateNonNull = v.value(QStringLiteral("validate.non.null")).toBool();
    s.query = v.value(QStringLiteral("query")).toString();
    if (s.query.isEmpty())
        s.query = v.value(QStringLiteral("query.masked")).value<connect::Password>().value;
    parseQuoteMethod(v.value(QStringLiteral("quote.sql.identifiers")).toString(), &s.quoting);
    s.querySuffix = v.value(QStringLiteral("query.suffix")).toString();
    s.isolationMode = v.value(QStringLiteral("transaction.isolation.mode")).toString();
    s.queryRetryAttempts = v.value(QStringLiteral("query.retry.attempts")).toInt();
    s.tableTypes = nonEmpty(v.value(QStringLiteral("table.types")).toStringList());
    s.pollIntervalMs = v.value(QStringLiteral("poll.interval.ms")).toInt();
    s.batchMaxRows = qMax(1, v.value(QStringLiteral("batch.max.rows")).toInt());
    s.tablePollIntervalMs = v.value(QStringLiteral("table.poll.interval.ms")).toLongLong();
    s.topicPrefix = v.value(QStringLiteral("topic.prefix")).toString().trimmed();
    s.timestampDelayIntervalMs = v.value(QStringLiteral("timestamp.delay.interval.ms")).toLongLong();
    s.dbTimeZone = QTimeZone(v.value(QStringLiteral("db.timezone")).toString().toUtf8());
    const QString granularity = v.value(QStringLiteral("timestamp.granularity")).toString();
    static const QHash<QString, TimestampGranularity> granularities {
        { QStringLiteral("connect_logical"), TimestampGranularity::ConnectLogical },
        { QStringLiteral("micros_long"), TimestampGranularity::MicrosLong },
        { QStringLiteral("micros_string"), TimestampGranularity::MicrosString },
        { QStringLiteral("micros_iso_datetime_string"), TimestampGranularity::MicrosIsoDatetimeString },
        { QStringLiteral("nanos_long"), TimestampGranularity::NanosLong },
        { QStringLiteral("nanos_string"), TimestampGranularity::NanosString },
        { QStringLiteral("nanos_iso_datetime_string"), TimestampGranularity::NanosIsoDatetimeString },
    };
    s.timestampGranularity = granularities.value(granularity, TimestampGranularity::ConnectLogical);
    if (task) {
        // A LIST value was already split at commas; quoted ids may contain commas, so split again from
        // the raw text with the quotes in mind.
        s.tables = splitQuotedList(props.value(QStringLiteral("tables")), QLatin1Char('"'));
        if (s.tables.isEmpty())
            s.tables = nonEmpty(v.value(QStringLiteral("tables")).toStringList());
        s.tablesFetched = v.value(QStringLiteral("tables.fetched")).toBool();
    }
    return s;
}

QList<ConfigValue> JdbcSourceConfig::validate(const ConfigMap &props)
{
    QList<ConfigValue> values = configDef().validate(props);

    // ModeDependentsRecommender: a missing or unknown mode is an error on every mode-dependent key.
    const QString mode = props.value(QStringLiteral("mode"), QString()).trimmed();
    const QStringList modes { kModeBulk, kModeTimestamp, kModeIncrementing, kModeTimestampIncrementing };
    if (!modes.contains(mode)) {
        const QString message = mode.isEmpty() ? QStringLiteral("Query mode must be specified")
                                               : QStringLiteral("Invalid mode: ") + mode;
        for (const QString &dependent : modeDependents())
            addError(values, dependent, message);
    }
    if (hasErrors(values))
        return values;

    QMap<QString, QString> raw = props.toMap();
    data::Result<JdbcSourceSettings> parsed = parse(raw);
    if (!parsed)
        return values; // ConfigDef validation passed, so this does not happen
    const JdbcSourceSettings &s = parsed.value();

    if (s.isolationMode == u"SQL_SERVER_SNAPSHOT") {
        addError(values, QStringLiteral("transaction.isolation.mode"),
            QStringLiteral("Isolation mode of `SQL_SERVER_SNAPSHOT` can only be configured with a Sql Server "
                           "Dialect"));
        return values;
    }

    const bool legacy = !s.tableWhitelist.isEmpty() || !s.tableBlacklist.isEmpty()
        || !s.incrementingColumn.isEmpty() || !s.timestampColumns.isEmpty();
    const bool modern = !s.tableIncludeList.isEmpty() || !s.tableExcludeList.isEmpty()
        || !s.incrementingColumnMapping.isEmpty() || !s.timestampColumnsMapping.isEmpty();
    if (!s.queryMode()) {
        if (legacy && modern) {
            const QString msg = QStringLiteral(
                "Cannot mix legacy and new configuration approaches. Legacy configurations "
                "(table.whitelist, table.blacklist, timestamp.column.name, incrementing.column.name) cannot "
                "be used together with new configurations (table.include.list, table.exclude.list, "
                "timestamp.columns.mapping, incrementing.column.mapping). Please choose one approach: "
                "either use all legacy configurations or all new configurations.");
            if (!s.tableWhitelist.isEmpty())
                addError(values, QStringLiteral("table.whitelist"), msg);
            if (!s.tableBlacklist.isEmpty())
                addError(values, QStringLiteral("table.blacklist"), msg);
            if (!s.tableIncludeList.isEmpty())
                addError(values, QStringLiteral("table.include.list"), msg);
            if (!s.tableExcludeList.isEmpty())
                addError(values, QStringLiteral("table.exclude.list"), msg);
            if (!s.timestampColumns.isEmpty())
                addError(values, QStringLiteral("timestamp.column.name"), msg);
            if (!s.timestampColumnsMapping.isEmpty())
                addError(values, QStringLiteral("timestamp.columns.mapping"), msg);
            if (!s.incrementingColumn.isEmpty())
                addError(values, QStringLiteral("incrementing.column.name"), msg);
            if (!s.incrementingColumnMapping.isEmpty())
                addError(values, QStringLiteral("incrementing.column.mapping"), msg);
            return values;
        }
        if (!legacy && !modern) {
            const QString msg = QStringLiteral(
                "At least one table filtering configuration is required. Provide one of: table.whitelist, "
                "table.blacklist, table.include.list, or table.exclude.list.");
            for (const QString &key : { QStringLiteral("table.whitelist"), QStringLiteral("table.blacklist"),
                     QStringLiteral("table.include.list"), QStringLiteral("table.exclude.list") })
                addError(values, key, msg);
            return values;
        }
    }

    const QString query = props.value(QStringLiteral("query"), QString());
    const QString queryMasked = props.value(QStringLiteral("query.masked"), QString());
    if (!query.isEmpty() && !queryMasked.isEmpty()) {
        const QString msg = QStringLiteral("Both 'query' and 'query.masked' configs cannot be set at the "
                                           "same time. Please use only one of them.");
        addError(values, QStringLiteral("query"), msg);
        addError(values, QStringLiteral("query.masked"), msg);
        return values;
    }
    const bool filtering = !s.tableWhitelist.isEmpty() || !s.tableBlacklist.isEmpty()
        || !s.tableIncludeList.isEmpty() || !s.tableExcludeList.isEmpty();
    if (s.queryMode() && filtering) {
        const QString msg = QStringLiteral(
            "Do not specify table filtering configs with 'query'. Remove table.whitelist / table.blacklist / "
            "table.include.list / table.exclude.list when using query mode or 'query' when using table "
            "filtering mode.");
        addError(values, QStringLiteral("query"), msg);
        addError(values, QStringLiteral("query.masked"), msg);
        if (!s.tableWhitelist.isEmpty())
            addError(values, QStringLiteral("table.whitelist"), msg);
        if (!s.tableBlacklist.isEmpty())
            addError(values, QStringLiteral("table.blacklist"), msg);
        if (!s.tableIncludeList.isEmpty())
            addError(values, QStringLiteral("table.include.list"), msg);
        if (!s.tableExcludeList.isEmpty())
            addError(values, QStringLiteral("table.exclude.list"), msg);
        return values;
    }
    static const QRegularExpression select(QStringLiteral("^SELECT\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const auto &[key, text] : { std::pair(QStringLiteral("query"), query),
             std::pair(QStringLiteral("query.masked"), queryMasked) }) {
        if (!text.isEmpty() && !select.match(text.trimmed()).hasMatch()) {
            addError(values, key,
                QStringLiteral(
                    "Only SELECT statements are supported for '%1'. Please provide a statement that "
                    "starts with SELECT.")
                    .arg(key));
            return values;
        }
    }
    if (s.queryMode() && s.usesIncrementing() && s.incrementingColumn.isEmpty()) {
        addError(values, QStringLiteral("incrementing.column.name"),
            QStringLiteral("'incrementing.column.name' must be provided when using mode 'incrementing' or "
                           "'timestamp+incrementing' with a custom query. The incrementing column cannot be "
                           "auto-discovered in query mode because there is no table to inspect. Note that "
                           "'incrementing.column.mapping' is not applied in query mode (it maps columns by "
                           "table-name regex, and a custom query has no underlying table to match), so "
                           "'incrementing.column.name' must be set explicitly."));
        return values;
    }

    // The database connection, once, on a connection of this thread's own.
    const QString connectionName = QStringLiteral("jdbc-source-validate-") + QUuid::createUuid().toString();
    {
        data::Result<QSqlDatabase> db = JdbcUrl::open(s.connectionUrl, s.connection, connectionName);
        if (!db) {
            addError(values, QStringLiteral("connection.url"),
                QStringLiteral("Could not connect to database. ") + db.error().toString());
            return values;
        }
        if (s.queryMode()) {
            QSqlQuery q(db.value());
            const bool ok = q.prepare(s.query) && q.exec();
            if (!ok) {
                QString msg = QStringLiteral("The configured query is not valid and has database/connection "
                                             "errors. Please provide the correct query by validating the "
                                             "query syntax and the existing table/column names with the "
                                             "database being connected");
                const QString code = q.lastError().nativeErrorCode();
                if (!code.isEmpty())
                    msg += QStringLiteral(" (SQLState: ") + code + QLatin1Char(')');
                addError(
                    values, query.isEmpty() ? QStringLiteral("query.masked") : QStringLiteral("query"), msg);
            }
        }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (hasErrors(values))
        return values;

    if (modern) {
        if (!s.tableExcludeList.isEmpty() && s.tableIncludeList.isEmpty()) {
            addError(values, QStringLiteral("table.exclude.list"),
                QStringLiteral("table.exclude.list cannot be used without table.include.list. Exclude list "
                               "only applies to tables that match the include list."));
            return values;
        }
        const bool ts = s.usesTimestamp();
        const bool inc = s.usesIncrementing();
        if (ts && s.timestampColumnsMapping.isEmpty())
            addError(values, QStringLiteral("mode"),
                QStringLiteral(
                    "Timestamp column configuration must be provided when using mode 'timestamp' or "
                    "'timestamp+incrementing'. Provide 'timestamp.columns.mapping'."));
        else if (!ts && !s.timestampColumnsMapping.isEmpty())
            addError(values, QStringLiteral("mode"),
                QStringLiteral(
                    "Timestamp column configurations should not be provided if mode is not "
                    "'timestamp' or 'timestamp+incrementing'. Remove 'timestamp.columns.mapping'."));
        else if (inc && s.incrementingColumnMapping.isEmpty())
            addError(values, QStringLiteral("mode"),
                QStringLiteral("Incrementing column configuration must be provided when using mode "
                               "'incrementing' or 'timestamp+incrementing'. Provide "
                               "'incrementing.column.mapping'."));
        else if (!inc && !s.incrementingColumnMapping.isEmpty())
            addError(values, QStringLiteral("mode"),
                QStringLiteral("Incrementing column configurations should not be provided if mode is not "
                               "'incrementing' or 'timestamp+incrementing'. Remove "
                               "'incrementing.column.mapping'."));
    }
    return values;
}

} // namespace cs::jdbc::source
