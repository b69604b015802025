#include "connect/configinfos.h"

#include <QHash>

#include "connect/jsonwriter_p.h"

namespace cs::connect {

using detail::JsonWriter;

namespace {

void writeKeyInfo(JsonWriter &w, const ConfigKeyInfo &k)
{
    w.startObject();
    w.key("name");
    w.string(k.name);
    w.key("type");
    w.string(k.type);
    w.key("required");
    w.boolean(k.required);
    w.key("default_value");
    w.nullableString(k.defaultValue);
    w.key("importance");
    w.string(k.importance);
    w.key("documentation");
    w.nullableString(k.documentation);
    w.key("group");
    w.nullableString(k.group);
    w.key("width");
    w.string(k.width);
    w.key("display_name");
    w.nullableString(k.displayName);
    w.key("dependents");
    w.stringArray(k.dependents);
    w.key("order");
    w.integer(k.orderInGroup);
    w.endObject();
}

void writeValueInfo(JsonWriter &w, const ConfigValueInfo &v)
{
    w.startObject();
    w.key("name");
    w.string(v.name);
    w.key("value");
    w.nullableString(v.value);
    w.key("recommended_values");
    w.stringArray(v.recommendedValues);
    w.key("errors");
    w.stringArray(v.errors);
    w.key("visible");
    w.boolean(v.visible);
    w.endObject();
}

} // namespace

QByteArray ConfigKeyInfo::toJson() const
{
    JsonWriter w;
    writeKeyInfo(w, *this);
    return w.result();
}

QByteArray configKeyInfosToJson(const QList<ConfigKeyInfo> &keys)
{
    JsonWriter w;
    w.startArray();
    for (const ConfigKeyInfo &k : keys)
        writeKeyInfo(w, k);
    w.endArray();
    return w.result();
}

QByteArray ConfigInfos::toJson() const
{
    JsonWriter w;
    w.startObject();
    w.key("name");
    w.string(name);
    w.key("error_count");
    w.integer(errorCount);
    w.key("groups");
    w.stringArray(groups);
    w.key("configs");
    w.startArray();
    for (const ConfigInfo &info : configs) {
        w.startObject();
        w.key("definition");
        if (info.definition)
            writeKeyInfo(w, *info.definition);
        else
            w.null();
        w.key("value");
        if (info.value)
            writeValueInfo(w, *info.value);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.result();
}

QStringList ConfigInfos::allErrors() const
{
    QStringList errors;
    for (const ConfigInfo &info : configs) {
        if (info.value)
            errors += info.value->errors;
    }
    return errors;
}

ConfigKeyInfo convertConfigKey(const ConfigKey &key, const QString &prefix)
{
    ConfigKeyInfo info;
    info.name = prefix + key.name;
    info.type = configTypeName(key.type);
    if (key.hasDefault()) {
        info.required = false;
        info.defaultValue = convertToString(*key.defaultValue, key.type);
    } else {
        info.required = true;
    }
    info.importance = importanceName(key.importance);
    info.documentation = key.documentation;
    info.group = key.group;
    info.orderInGroup = key.orderInGroup;
    info.width = widthName(key.width);
    info.displayName = key.displayName;
    info.dependents = key.dependents;
    return info;
}

ConfigValueInfo convertConfigValue(const ConfigValue &value, std::optional<ConfigType> type)
{
    ConfigValueInfo info;
    info.name = value.name;
    info.value = convertToString(value.value, type);
    const std::optional<ConfigType> elementType = type == ConfigType::List ? ConfigType::String : type;
    for (const QVariant &recommended : value.recommendedValues)
        info.recommendedValues.append(
            convertToString(recommended, elementType).value_or(QStringLiteral("null")));
    info.errors = value.errorMessages;
    info.visible = value.visible;
    return info;
}

ConfigInfos generateResult(const QString &connectorType, const QList<ConfigKey> &keys,
    const QList<ConfigValue> &values, const QStringList &groups)
{
    ConfigInfos result;
    result.name = connectorType;
    result.groups = groups;
    QSet<QString> defined;
    for (const ConfigKey &k : keys)
        defined.insert(k.name);
    QHash<QString, const ConfigValue *> byName;
    for (const ConfigValue &v : values) {
        byName.insert(v.name, &v); // a later value for the same key wins, as in upstream's HashMap
        if (!defined.contains(v.name)) {
            result.configs.append(ConfigInfo { std::nullopt, convertConfigValue(v, std::nullopt) });
            result.errorCount += v.errorMessages.size();
        }
    }
    for (const ConfigKey &k : keys) {
        ConfigInfo info { convertConfigKey(k), std::nullopt };
        if (const ConfigValue *v = byName.value(k.name)) {
            info.value = convertConfigValue(*v, k.type);
            result.errorCount += v->errorMessages.size();
        }
        result.configs.append(info);
    }
    return result;
}

QString invalidConfigurationMessage(const ConfigInfos &infos)
{
    QString message = QStringLiteral("Connector configuration is invalid and contains the following ")
        + QString::number(infos.errorCount) + QStringLiteral(" error(s):");
    for (const QString &error : infos.allErrors())
        message += QLatin1Char('\n') + error;
    message += QStringLiteral("\nYou can also find the above list of errors at the endpoint "
                              "`/connector-plugins/{connectorType}/config/validate`");
    return message;
}

} // namespace cs::connect
