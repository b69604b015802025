#pragma once

#include <QCoreApplication>

#include "connect/connector.h"
#include "connect/pluginregistry.h"

namespace cs::jdbc {

// io.confluent.connect.jdbc.JdbcSinkConnector: Confluent's configuration keys and validation (§5.1,
// §5.2: deletes need pk.mode=record_key; a connection is tried when the rest is valid) and
// tasks.max identical task configurations. Created by the plugin registry; used by one thread at a
// time (the herder's).
class JdbcSinkConnector final : public connect::SinkConnectorBase
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::JdbcSinkConnector)
public:
    static QString staticClassName() { return QStringLiteral("io.confluent.connect.jdbc.JdbcSinkConnector"); }
    // The Confluent release whose behaviour this reproduces.
    static QString connectorVersion() { return QStringLiteral("10.9.7"); }
    static connect::PluginDesc descriptor();
    static connect::ConfigDef configDef();

    QString className() const override { return staticClassName(); }
    QString version() const override { return connectorVersion(); }
    connect::ConfigDef config() const override { return configDef(); }
    QList<connect::ConfigValue> validate(const connect::ConfigMap &props) const override;
    std::optional<QString> start(const connect::TaskConfig &config) override;
    void stop() override;
    QString taskClassName() const override;
    std::unique_ptr<connect::Task> createTask() const override;
    QList<connect::TaskConfig> taskConfigs(int maxTasks) const override;

private:
    connect::TaskConfig m_props;
};

} // namespace cs::jdbc
