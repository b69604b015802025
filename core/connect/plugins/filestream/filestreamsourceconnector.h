#pragma once

#include "connect/connector.h"
#include "connect/pluginregistry.h"

namespace cs::connect {

// org.apache.kafka.connect.file.FileStreamSourceConnector: reads lines of a file (or standard input)
// into one topic, with upstream's keys file, topic and batch.size. Always one task. Used by one
// thread at a time (the herder's); its tasks run on the worker's task threads.
class FileStreamSourceConnector final : public SourceConnectorBase
{
public:
    static QString staticClassName()
    {
        return QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector");
    }
    static PluginDesc descriptor();
    static ConfigDef configDef();

    QString className() const override { return staticClassName(); }
    QString version() const override;
    ConfigDef config() const override { return configDef(); }
    std::optional<QString> start(const TaskConfig &config) override;
    void stop() override;
    QString taskClassName() const override
    {
        return QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceTask");
    }
    QList<TaskConfig> taskConfigs(int maxTasks) const override;
    // Exactly-once is possible when reading a real (append-only) file, not standard input.
    std::optional<Support> exactlyOnceSupport(const ConfigMap &props) const override;
    std::unique_ptr<Task> createTask() const override;

private:
    TaskConfig m_props;
};

} // namespace cs::connect
