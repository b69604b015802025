#include "jdbc/sink/jdbcsinkconnector.h"

#include <atomic>

#include "jdbc/jdbcurl.h"
#include "jdbc/sink/jdbcsinkconfig.h"
#include "jdbc/sink/jdbcsinktask.h"

namespace cs::jdbc {

using connect::ConfigMap;
using connect::ConfigValue;
using connect::TaskConfig;

namespace {
std::atomic<int> g_validationConnections { 0 };
}

connect::PluginDesc JdbcSinkConnector::descriptor()
{
    connect::PluginDesc desc;
    desc.className = staticClassName();
    desc.type = connect::PluginType::Sink;
    desc.version = connectorVersion();
    desc.create = [] { return std::make_unique<JdbcSinkConnector>(); };
    desc.configDef = &JdbcSinkConnector::configDef;
    return desc;
}

connect::ConfigDef JdbcSinkConnector::configDef()
{
    return JdbcSinkConfig::configDef();
}

QList<ConfigValue> JdbcSinkConnector::validate(const ConfigMap &props) const
{
    QList<ConfigValue> values = configDef().validate(props);
    auto find = [&](const QString &name) -> ConfigValue * {
        for (ConfigValue &v : values)
            if (v.name == name)
                return &v;
        return nullptr;
    };
    bool errors = false;
    for (const ConfigValue &v : std::as_const(values))
        errors = errors || !v.errorMessages.isEmpty();
    // JdbcSinkConnectorValidation: deletes need pk.mode record_key, on both keys.
    const QString deleteEnabled
        = props.value(QStringLiteral("delete.enabled"), QStringLiteral("false")).trimmed();
    const QString pkMode = props.value(QStringLiteral("pk.mode"), QStringLiteral("none")).trimmed();
    if (deleteEnabled.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        && pkMode != QLatin1String("record_key") && pkMode != QLatin1String("RECORD_KEY")) {
        const QString message = QStringLiteral("Deletes are only supported for pk.mode record_key");
        for (const QString &key : { QStringLiteral("delete.enabled"), QStringLiteral("pk.mode") }) {
            if (ConfigValue *v = find(key))
                v->errorMessages << message;
        }
        errors = true;
    }
    if (errors)
        return values;
    // Only a configuration without errors is tried against the database (one attempt).
    TaskConfig config;
    for (const auto &[key, value] : props.entries()) {
        if (value)
            config.insert(key, *value);
    }
    Result<JdbcSinkConfig> parsed = JdbcSinkConfig::parse(config);
    if (!parsed)
        return values;
    const QString name = QStringLiteral("cs-jdbc-sink-validate-%1").arg(g_validationConnections.fetch_add(1));
    {
        Result<QSqlDatabase> db = JdbcUrl::open(parsed->connectionUrl, parsed->connection, name);
        if (!db) {
            if (ConfigValue *v = find(QStringLiteral("connection.url")))
                v->errorMessages << QStringLiteral("Could not connect to database. ") + db.error().toString();
        } else {
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

std::optional<QString> JdbcSinkConnector::start(const TaskConfig &config)
{
    Result<JdbcSinkConfig> parsed = JdbcSinkConfig::parse(config);
    if (!parsed)
        return parsed.error().toString();
    m_props = config;
    return std::nullopt;
}

void JdbcSinkConnector::stop() { }

QString JdbcSinkConnector::taskClassName() const
{
    return JdbcSinkTask::staticClassName();
}

std::unique_ptr<connect::Task> JdbcSinkConnector::createTask() const
{
    return std::make_unique<JdbcSinkTask>();
}

QList<TaskConfig> JdbcSinkConnector::taskConfigs(int maxTasks) const
{
    QList<TaskConfig> configs;
    for (int i = 0; i < maxTasks; ++i)
        configs << m_props;
    return configs;
}

} // namespace cs::jdbc
