#include "connect/plugins/filestream/filestreamsourceconnector.h"

#include "connect/compat.h"
#include "connect/plugins/filestream/filestreamsourcetask.h"

// ConfigKey is built with designated initializers that name only the fields a key sets; the others
// keep their declared defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::connect {

PluginDesc FileStreamSourceConnector::descriptor()
{
    PluginDesc desc;
    desc.className = staticClassName();
    desc.type = PluginType::Source;
    desc.version = kafkaVersion();
    desc.create = [] { return std::make_unique<FileStreamSourceConnector>(); };
    desc.configDef = &FileStreamSourceConnector::configDef;
    return desc;
}

ConfigDef FileStreamSourceConnector::configDef()
{
    static const ConfigDef cached = [] {
        ConfigDef def;
        def.define({ .name = QStringLiteral("file"),
            .type = ConfigType::String,
            .defaultValue = QVariant(),
            .importance = Importance::High,
            .documentation
            = QStringLiteral("Source filename. If not specified, the standard input will be used") });
        def.define({ .name = QStringLiteral("topic"),
            .type = ConfigType::String,
            .validator = Validator::nonEmptyString(),
            .importance = Importance::High,
            .documentation = QStringLiteral("The topic to publish data to") });
        def.define({ .name = QStringLiteral("batch.size"),
            .type = ConfigType::Int,
            .defaultValue = 2000,
            .importance = Importance::Low,
            .documentation = QStringLiteral("The maximum number of records the source task can read from the "
                                            "file each time it is polled") });
        return def;
    }();
    return cached;
}

QString FileStreamSourceConnector::version() const
{
    return kafkaVersion();
}

std::optional<QString> FileStreamSourceConnector::start(const TaskConfig &config)
{
    ConfigMap props;
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        props.insert(it.key(), it.value());
    const ConfigDef::Parsed parsed = configDef().parse(props);
    if (parsed.error)
        return parsed.error;
    m_props = config;
    return std::nullopt;
}

void FileStreamSourceConnector::stop() { }

QList<TaskConfig> FileStreamSourceConnector::taskConfigs(int maxTasks) const
{
    Q_UNUSED(maxTasks); // only one input stream makes sense
    return { m_props };
}

std::unique_ptr<Task> FileStreamSourceConnector::createTask() const
{
    return std::make_unique<FileStreamSourceTask>();
}

std::optional<SourceConnectorBase::Support> FileStreamSourceConnector::exactlyOnceSupport(
    const ConfigMap &props) const
{
    const QString file = props.value(QStringLiteral("file")).value_or(QString()).trimmed();
    return file.isEmpty() ? Support::Unsupported : Support::Supported;
}

} // namespace cs::connect
