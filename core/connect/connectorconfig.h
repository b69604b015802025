#pragma once

#include <optional>

#include "connect/configdef.h"
#include "connect/configinfos.h"
#include "connect/connecterror.h"
#include "connect/connector.h"
#include "connect/pluginregistry.h"

namespace cs::connect {

// The framework's connector configuration (Kafka Connect's ConnectorConfig, SinkConnectorConfig and
// SourceConnectorConfig of release 3.9): the keys every connector has, in upstream's groups
// ("Common", "Transforms", "Predicates", "Error Handling"; sinks add topics and the dead letter
// queue; sources add "Topic Creation", "Exactly Once Support" and "offsets.topic"), and the
// validation flow of AbstractHerder.validateConnectorConfig. Stateless functions; thread-safe.
namespace connectorconfig {

ConfigDef base(); // ConnectorConfig.configDef()
ConfigDef sink(); // SinkConnectorConfig.configDef()
ConfigDef source(); // SourceConnectorConfig.configDef()
// base/sink/source by connector type.
ConfigDef forType(ConnectorType type);

// ConnectorConfig.enrich: adds transforms.<alias>.type / predicates.<alias>.type and each configured
// plugin's own keys (prefixed, in groups "Transforms: <alias>" / "Predicates: <alias>").
ConfigDef enrich(const PluginRegistry &plugins, const ConfigDef &base, const ConfigMap &props);

// Which class names CLASS keys accept: converters for *.converter, transformations for
// transforms.*.type, predicates for predicates.*.type.
ClassResolver classResolver(const PluginRegistry &plugins);

// SinkConnectorConfig.validate: topics / topics.regex exclusivity and DLQ checks, added to `values`.
void validateSinkTopics(const ConfigMap &props, ConfigValueMap &values);

} // namespace connectorconfig

// The result of a validation: the ConfigInfos answer, or the error that stops validation before
// any key is looked at (400 no connector type, 500 unknown connector class).
struct ValidationResult
{
    std::optional<ConfigInfos> infos;
    std::optional<ConnectError> error;
};

// What a validation needs to know about the worker (DistributedHerder's extra checks).
struct ValidationContext
{
    QString workerGroupId; // group.id; a sink named so that connect-<name> equals it fails
    bool exactlyOnceSourceEnabled = false; // exactly.once.source.support=enabled on the worker
};

// AbstractHerder.validateConnectorConfig (§1.5): framework keys first, then the connector's keys,
// then connector-level converter configs, with DistributedHerder's sink group and source
// exactly-once / transaction boundary checks. Never throws; connectors come from `plugins`.
ValidationResult validateConnectorConfig(
    const PluginRegistry &plugins, const ConfigMap &props, const ValidationContext &context = {});

// The check of PUT /connector-plugins/{type}/config/validate: "Included connector type <cls> does not
// match request type <type>" when connector.class does not end with the path's plugin name (both
// without a trailing "Connector").
std::optional<ConnectError> checkRequestedPluginType(const QString &pluginName, const ConfigMap &props);

// GET /connector-plugins/{plugin}/config: the plugin's own keys, then the framework keys it does not
// override (connectors). 404 "Unknown plugin <p>." for unknown names.
std::optional<QList<ConfigKeyInfo>> pluginConfig(
    const PluginRegistry &plugins, const QString &pluginName, ConnectError *error);

} // namespace cs::connect
