#include "connect/plugins/filestream/filestreamsinkconnector.h"

#include "connect/compat.h"
#include "connect/plugins/filestream/filestreamsinktask.h"

// ConfigKey is built with designated initializers that name only the fields a key sets; the others
// keep their declared defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::connect {

PluginDesc FileStreamSinkConnector::descriptor()
{
    PluginDesc desc;
    desc.className = staticClassName();
    desc.type = PluginType::Sink;
    desc.version = kafkaVersion();
    desc.create = [] { return std::make_unique<FileStreamSinkConnector>(); };
    desc.configDef = &FileStreamSinkConnector::configDef;
    return desc;
}

ConfigDef FileStreamSinkConnector::configDef()
{
    static const ConfigDef cached = [] {
        ConfigDef def;
        def.define({ .name = QStringLiteral("file"),
            .type = ConfigType::String,
            .defaultValue = QVariant(),
            .importance = Importance::High,
            .documentation
            = QStringLiteral("Destination filename. If not specified, the standard output will be used") });
        return def;
    }();
    return cached;
}

QString FileStreamSinkConnector::version() const
{
    return kafkaVersion();
}

std::optional<QString> FileStreamSinkConnector::start(const TaskConfig &config)
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

void FileStreamSinkConnector::stop() { }

QList<TaskConfig> FileStreamSinkConnector::taskConfigs(int maxTasks) const
{
    QList<TaskConfig> configs;
    for (int i = 0; i < maxTasks; ++i)
        configs.append(m_props);
    return configs;
}

std::unique_ptr<Task> FileStreamSinkConnector::createTask() const
{
    return std::make_unique<FileStreamSinkTask>();
}

} // namespace cs::connect
