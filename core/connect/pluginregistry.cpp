#include "connect/pluginregistry.h"

#include <algorithm>

#include <QHash>

#include "connect/compat.h"
#include "connect/plugins/filestream/filestreamsinkconnector.h"
#include "connect/plugins/filestream/filestreamsourceconnector.h"
#include "jdbc/sink/jdbcsinkconnector.h"
#include "jdbc/source/jdbcsourceconnector.h"

// ConfigKey is built with designated initializers that name only the fields a key sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::connect {

namespace {

// The interface name whose simple name is cut from aliases (PluginUtils.prunedName).
QString typeSuffix(PluginType type)
{
    switch (type) {
    case PluginType::Sink:
    case PluginType::Source:
        return QStringLiteral("Connector");
    case PluginType::Transformation:
        return QStringLiteral("Transformation");
    case PluginType::Predicate:
        return QStringLiteral("Predicate");
    case PluginType::Converter:
        return QStringLiteral("Converter");
    case PluginType::HeaderConverter:
        return QStringLiteral("HeaderConverter");
    }
    return QString();
}

QString javaTypeSimpleName(PluginType type)
{
    switch (type) {
    case PluginType::Sink:
        return QStringLiteral("SinkConnector");
    case PluginType::Source:
        return QStringLiteral("SourceConnector");
    case PluginType::Transformation:
        return QStringLiteral("Transformation");
    case PluginType::Predicate:
        return QStringLiteral("Predicate");
    case PluginType::Converter:
        return QStringLiteral("Converter");
    case PluginType::HeaderConverter:
        return QStringLiteral("HeaderConverter");
    }
    return QString();
}

QString joinJava(const QList<const PluginDesc *> &plugins)
{
    QStringList parts;
    for (const PluginDesc *p : plugins)
        parts.append(p->toJavaString());
    return parts.join(QStringLiteral(", "));
}

// org.apache.kafka.connect.json.JsonConverter's configuration (JsonConverterConfig and ConverterConfig):
// the converter itself lives in core/converters; the registry needs its keys for validation and for
// GET /connector-plugins/{plugin}/config.
ConfigDef buildJsonConverterConfigDef()
{
    ConfigDef def;
    def.define({ .name = QStringLiteral("converter.type"),
        .type = ConfigType::String,
        .validator = Validator::validString(
            { QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("header") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral("How this converter will be used.") });
    def.define({ .name = QStringLiteral("schemas.enable"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::High,
        .documentation = QStringLiteral("Include schemas within each of the serialized values and keys."),
        .group = QStringLiteral("Schemas"),
        .orderInGroup = 0,
        .width = Width::Medium,
        .displayName = QStringLiteral("Enable Schemas") });
    def.define({ .name = QStringLiteral("schemas.cache.size"),
        .type = ConfigType::Int,
        .defaultValue = 1000,
        .importance = Importance::High,
        .documentation
        = QStringLiteral("The maximum number of schemas that can be cached in this converter instance."),
        .group = QStringLiteral("Schemas"),
        .orderInGroup = 1,
        .width = Width::Medium,
        .displayName = QStringLiteral("Schema Cache Size") });
    def.define({ .name = QStringLiteral("decimal.format"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("BASE64"),
        .validator
        = Validator::caseInsensitiveValidString({ QStringLiteral("BASE64"), QStringLiteral("NUMERIC") }),
        .importance = Importance::Low,
        .documentation
        = QStringLiteral("Controls which format this converter will serialize decimals in. This "
                         "value is case insensitive and can be either 'BASE64' (default) or 'NUMERIC'"),
        .group = QStringLiteral("Serialization"),
        .orderInGroup = 0,
        .width = Width::Medium,
        .displayName = QStringLiteral("Decimal Format") });
    def.define({ .name = QStringLiteral("replace.null.with.default"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::Low,
        .documentation
        = QStringLiteral("Whether to replace fields that have a default value and that are null to "
                         "the default value. When set to true, the default value is used, otherwise "
                         "null is used."),
        .group = QStringLiteral("Serialization"),
        .orderInGroup = 1,
        .width = Width::Medium,
        .displayName = QStringLiteral("Replace null with default") });
    return def;
}

// ConverterConfig.newConfigDef(): the key every converter has.
ConfigDef converterBaseConfigDef()
{
    ConfigDef def;
    def.define({ .name = QStringLiteral("converter.type"),
        .type = ConfigType::String,
        .validator = Validator::validString(
            { QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("header") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral("How this converter will be used.") });
    return def;
}

// org.apache.kafka.connect.storage.StringConverter (StringConverterConfig).
ConfigDef stringConverterConfigDef()
{
    static const ConfigDef def = [] {
        ConfigDef d = converterBaseConfigDef();
        d.define({ .name = QStringLiteral("converter.encoding"),
            .type = ConfigType::String,
            .defaultValue = QStringLiteral("UTF-8"),
            .importance = Importance::High,
            .documentation = QStringLiteral(
                "The name of the Java character set to use for encoding strings as byte arrays."),
            .group = QStringLiteral("Converter"),
            .orderInGroup = 0,
            .width = Width::Medium,
            .displayName = QStringLiteral("Encoding") });
        return d;
    }();
    return def;
}

ConfigDef byteArrayConverterConfigDef()
{
    static const ConfigDef def = converterBaseConfigDef();
    return def;
}

ConfigDef jsonConverterConfigDef()
{
    static const ConfigDef def = buildJsonConverterConfigDef();
    return def;
}

} // namespace

QString connectorTypeName(ConnectorType type)
{
    switch (type) {
    case ConnectorType::Source:
        return QStringLiteral("source");
    case ConnectorType::Sink:
        return QStringLiteral("sink");
    case ConnectorType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString pluginTypeName(PluginType type)
{
    switch (type) {
    case PluginType::Sink:
        return QStringLiteral("sink");
    case PluginType::Source:
        return QStringLiteral("source");
    case PluginType::Transformation:
        return QStringLiteral("transformation");
    case PluginType::Predicate:
        return QStringLiteral("predicate");
    case PluginType::Converter:
        return QStringLiteral("converter");
    case PluginType::HeaderConverter:
        return QStringLiteral("header_converter");
    }
    return QString();
}

QString PluginDesc::simpleName() const
{
    QString name = className.mid(className.lastIndexOf(QLatin1Char('.')) + 1);
    return name.mid(name.lastIndexOf(QLatin1Char('$')) + 1);
}

QString PluginDesc::toJavaString() const
{
    return QStringLiteral("PluginDesc{klass=class ") + className + QStringLiteral(", name='") + className
        + QStringLiteral("', version='") + version + QStringLiteral("', encodedVersion=") + version
        + QStringLiteral(", type=") + pluginTypeName(type) + QStringLiteral(", typeName='")
        + javaTypeSimpleName(type) + QStringLiteral("', location='classpath'}");
}

std::shared_ptr<const PluginRegistry> PluginRegistry::builtin()
{
    static const std::shared_ptr<const PluginRegistry> registry = [] {
        auto r = std::make_shared<PluginRegistry>();
        r->add(FileStreamSourceConnector::descriptor());
        r->add(FileStreamSinkConnector::descriptor());
        r->add(jdbc::source::JdbcSourceConnector::descriptor());
        r->add(cs::jdbc::JdbcSinkConnector::descriptor());
        PluginDesc json;
        json.className = QStringLiteral("org.apache.kafka.connect.json.JsonConverter");
        json.type = PluginType::Converter;
        json.version = kafkaVersion();
        json.configDef = &jsonConverterConfigDef;
        r->add(json);
        // The other converters core/converters implements.
        PluginDesc string = json;
        string.className = QStringLiteral("org.apache.kafka.connect.storage.StringConverter");
        string.configDef = &stringConverterConfigDef;
        r->add(string);
        PluginDesc bytes = json;
        bytes.className = QStringLiteral("org.apache.kafka.connect.converters.ByteArrayConverter");
        bytes.configDef = &byteArrayConverterConfigDef;
        r->add(bytes);
        return r;
    }();
    return registry;
}

void PluginRegistry::add(PluginDesc plugin)
{
    m_plugins.append(std::move(plugin));
    std::stable_sort(m_plugins.begin(), m_plugins.end(), [](const PluginDesc &a, const PluginDesc &b) {
        if (a.className != b.className)
            return a.className < b.className;
        return a.version < b.version;
    });
}

QList<PluginDesc> PluginRegistry::plugins(std::optional<PluginType> type) const
{
    QList<PluginDesc> result;
    for (const PluginDesc &p : m_plugins) {
        if (!type || p.type == *type)
            result.append(p);
    }
    return result;
}

QList<PluginDesc> PluginRegistry::connectors() const
{
    return plugins(PluginType::Sink) + plugins(PluginType::Source);
}

const PluginDesc *PluginRegistry::find(const QString &classOrAlias) const
{
    for (const PluginDesc &p : m_plugins) {
        if (p.className == classOrAlias)
            return &p;
    }
    // Aliases count only when exactly one plugin has them (PluginUtils.computeAliases).
    QHash<QString, QList<const PluginDesc *>> aliases;
    for (const PluginDesc &p : m_plugins) {
        const QString simple = p.simpleName();
        aliases[simple].append(&p);
        const QString suffix = typeSuffix(p.type);
        if (simple.endsWith(suffix) && simple.size() > suffix.size())
            aliases[simple.chopped(suffix.size())].append(&p);
    }
    const auto matches = aliases.value(classOrAlias);
    return matches.size() == 1 ? matches.first() : nullptr;
}

const PluginDesc *PluginRegistry::findConnector(const QString &classOrAlias, ConnectError *error) const
{
    QList<const PluginDesc *> all;
    for (const PluginDesc &p : m_plugins) {
        if (p.type == PluginType::Sink)
            all.append(&p);
    }
    for (const PluginDesc &p : m_plugins) {
        if (p.type == PluginType::Source)
            all.append(&p);
    }
    for (const PluginDesc *p : all) {
        if (p->className == classOrAlias)
            return p;
    }
    QList<const PluginDesc *> matches;
    for (const PluginDesc *p : all) {
        const QString simple = p->simpleName();
        if (simple == classOrAlias || simple == classOrAlias + QStringLiteral("Connector"))
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.first();
    if (error) {
        if (matches.isEmpty())
            *error = ConnectError::internal(
                QStringLiteral("Failed to find any class that implements Connector and which name matches ")
                + classOrAlias + QStringLiteral(", available connectors are: ") + joinJava(all));
        else
            *error = ConnectError::internal(QStringLiteral("More than one connector matches alias ")
                + classOrAlias
                + QStringLiteral(". Please use full package and class name instead. "
                                 "Classes found: ")
                + joinJava(matches));
    }
    return nullptr;
}

std::unique_ptr<Connector> PluginRegistry::newConnector(
    const QString &classOrAlias, ConnectError *error) const
{
    const PluginDesc *desc = findConnector(classOrAlias, error);
    if (!desc || !desc->create)
        return nullptr;
    return desc->create();
}

bool PluginRegistry::hasPlugin(PluginType type, const QString &className) const
{
    const PluginDesc *p = find(className);
    return p && p->type == type;
}

} // namespace cs::connect
