#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "connect/configdef.h"

namespace cs::connect {

// The REST entities of a validation answer (Connect's ConfigKeyInfo, ConfigValueInfo, ConfigInfo,
// ConfigInfos) and their JSON, with Jackson's key order. Plain values; thread-safe to copy.

struct ConfigKeyInfo
{
    QString name;
    QString type;
    bool required = false;
    std::optional<QString> defaultValue;
    QString importance;
    QString documentation;
    QString group; // null = JSON null
    int orderInGroup = -1;
    QString width;
    QString displayName; // null = JSON null
    QStringList dependents;

    QByteArray toJson() const;
};

struct ConfigValueInfo
{
    QString name;
    std::optional<QString> value;
    QStringList recommendedValues;
    QStringList errors;
    bool visible = true;
};

struct ConfigInfo
{
    std::optional<ConfigKeyInfo> definition;
    std::optional<ConfigValueInfo> value;
};

struct ConfigInfos
{
    QString name;
    int errorCount = 0;
    QStringList groups;
    QList<ConfigInfo> configs;

    QByteArray toJson() const;
    // Every error string in `configs` order (what the 400 message of a create/update lists).
    QStringList allErrors() const;
};

// AbstractHerder.convertConfigKey: the key as REST shows it (name prefixed).
ConfigKeyInfo convertConfigKey(const ConfigKey &key, const QString &prefix = QString());
// AbstractHerder.convertConfigValue: the parsed value rendered like default values.
ConfigValueInfo convertConfigValue(const ConfigValue &value, std::optional<ConfigType> type);
// AbstractHerder.generateResult: values of undefined keys first (definition null), then one entry per
// key in `keys` order with its value if validated; error_count = all error messages.
ConfigInfos generateResult(const QString &connectorType, const QList<ConfigKey> &keys,
    const QList<ConfigValue> &values, const QStringList &groups);
// A JSON array of ConfigKeyInfo objects (GET /connector-plugins/{plugin}/config).
QByteArray configKeyInfosToJson(const QList<ConfigKeyInfo> &keys);

// "Connector configuration is invalid and contains the following N error(s):\n<e1>\n<e2>...\nYou can
// also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`"
QString invalidConfigurationMessage(const ConfigInfos &infos);

} // namespace cs::connect
