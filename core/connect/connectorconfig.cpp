#include "connect/connectorconfig.h"

#include <QRegularExpression>
#include <QSet>

// ConfigKey is built with designated initializers that name only the fields a key sets; the others
// keep their declared defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace cs::connect {

namespace {

const QString kCommon = QStringLiteral("Common");
const QString kTransforms = QStringLiteral("Transforms");
const QString kPredicates = QStringLiteral("Predicates");
const QString kErrors = QStringLiteral("Error Handling");

std::shared_ptr<const Validator> uniqueAliases(const QString &what)
{
    return Validator::composite({ Validator::nonNull(),
        Validator::lambda(
            [](const QString &name, const QVariant &value) -> std::optional<QString> {
                const QStringList aliases = value.toStringList();
                if (QSet<QString>(aliases.cbegin(), aliases.cend()).size() < aliases.size())
                    return invalidValueMessage(name, value, QStringLiteral("Duplicate alias provided."));
                return std::nullopt;
            },
            QStringLiteral("unique ") + what) });
}

QString converterDoc(const QString &what)
{
    return QStringLiteral(
               "Converter class used to convert between Kafka Connect format and the serialized form that "
               "is written to Kafka. This controls the format of the ")
        + what
        + QStringLiteral(
            " in messages written to or read from Kafka, and since this is independent of connectors it "
            "allows any connector to work with any serialization format. Examples of common formats "
            "include JSON and Avro.");
}

bool isBlank(const std::optional<QString> &s)
{
    return !s || s->trimmed().isEmpty();
}

void addError(
    ConfigValueMap &values, const QString &name, const std::optional<QString> &raw, const QString &message)
{
    auto it = values.find(name);
    if (it == values.end())
        it = values.insert(name, ConfigValue { name, raw ? QVariant(*raw) : QVariant(), {}, {}, true });
    it->errorMessages.append(message);
}

QString normalizedPluginName(const QString &name)
{
    const QString suffix = QStringLiteral("Connector");
    if (name.endsWith(suffix) && name.size() > suffix.size())
        return name.chopped(suffix.size());
    return name;
}

// AbstractHerder.prefixedConfigInfos: one ConfigInfo per validated value, names prefixed, error_count
// = number of values with errors.
ConfigInfos prefixedConfigInfos(const ConfigDef &def, const QList<ConfigValue> &values, const QString &prefix)
{
    ConfigInfos infos;
    for (const ConfigValue &v : values) {
        const ConfigKey *key = def.key(v.name);
        ConfigInfo info;
        if (key) {
            if (!key->group.isNull() && !infos.groups.contains(key->group))
                infos.groups.append(key->group);
            info.definition = convertConfigKey(*key, prefix);
        }
        ConfigValue prefixed = v;
        prefixed.name = prefix + v.name;
        if (!prefixed.errorMessages.isEmpty())
            ++infos.errorCount;
        info.value = convertConfigValue(prefixed, key ? std::optional<ConfigType>(key->type) : std::nullopt);
        infos.configs.append(info);
    }
    return infos;
}

void merge(ConfigInfos &into, const ConfigInfos &other)
{
    into.errorCount += other.errorCount;
    into.configs += other.configs;
    for (const QString &g : other.groups) {
        if (!into.groups.contains(g))
            into.groups.append(g);
    }
}

} // namespace

namespace connectorconfig {

static ConfigDef buildBase();

ConfigDef base()
{
    // Built once; ConfigDef copies share their key list (implicit sharing).
    static const ConfigDef def = buildBase();
    return def;
}

static ConfigDef buildBase()
{
    int order = 0;
    int errorOrder = 0;
    ConfigDef def;
    def.define({ .name = QStringLiteral("name"),
        .type = ConfigType::String,
        .validator = Validator::nonEmptyStringWithoutControlChars(),
        .importance = Importance::High,
        .documentation = QStringLiteral("Globally unique name to use for this connector."),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Connector name") });
    def.define({ .name = QStringLiteral("connector.class"),
        .type = ConfigType::String,
        .importance = Importance::High,
        .documentation = QStringLiteral(
            "Name or alias of the class for this connector. Must be a subclass of "
            "org.apache.kafka.connect.connector.Connector. If the connector is "
            "org.apache.kafka.connect.file.FileStreamSinkConnector, you can either specify this full name,  "
            "or "
            "use \"FileStreamSink\" or \"FileStreamSinkConnector\" to make the configuration a bit shorter"),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Connector class") });
    def.define({ .name = QStringLiteral("tasks.max"),
        .type = ConfigType::Int,
        .defaultValue = 1,
        .validator = Validator::atLeast(1),
        .importance = Importance::High,
        .documentation = QStringLiteral("Maximum number of tasks to use for this connector."),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Tasks max") });
    def.define({ .name = QStringLiteral("tasks.max.enforce"),
        .type = ConfigType::Boolean,
        .defaultValue = true,
        .importance = Importance::Low,
        .documentation = QStringLiteral("(Deprecated) Whether to enforce that the tasks.max property is "
                                        "respected by the connector. By default, "
                                        "connectors that generate too many tasks will fail, and existing "
                                        "sets of tasks that exceed the tasks.max "
                                        "property will also be failed. If this property is set to false, "
                                        "then connectors will be allowed to "
                                        "generate more than the maximum number of tasks, and existing sets "
                                        "of tasks that exceed the tasks.max "
                                        "property will be allowed to run. This property is deprecated and "
                                        "will be removed in an upcoming major "
                                        "release."),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Enforce tasks max") });
    def.define({ .name = QStringLiteral("key.converter"),
        .type = ConfigType::Class,
        .defaultValue = QVariant(),
        .importance = Importance::Low,
        .documentation = converterDoc(QStringLiteral("keys")),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Key converter class") });
    def.define({ .name = QStringLiteral("value.converter"),
        .type = ConfigType::Class,
        .defaultValue = QVariant(),
        .importance = Importance::Low,
        .documentation = converterDoc(QStringLiteral("values")),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Value converter class") });
    def.define({ .name = QStringLiteral("header.converter"),
        .type = ConfigType::Class,
        .defaultValue = QVariant(),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "HeaderConverter class used to convert between Kafka Connect format and the serialized form that "
            "is "
            "written to Kafka. This controls the format of the header values in messages written to or read "
            "from Kafka, and since this is independent of connectors it allows any connector to work with "
            "any "
            "serialization format. Examples of common formats include JSON and Avro. By default, the "
            "SimpleHeaderConverter is used to serialize header values to strings and deserialize them by "
            "inferring the schemas."),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Header converter class") });
    def.define({ .name = QStringLiteral("transforms"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .validator = uniqueAliases(QStringLiteral("transformation aliases")),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Aliases for the transformations to be applied to records."),
        .group = kTransforms,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Transforms") });
    def.define({ .name = QStringLiteral("predicates"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .validator = uniqueAliases(QStringLiteral("predicate aliases")),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Aliases for the predicates used by transformations."),
        .group = kPredicates,
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Predicates") });
    def.define({ .name = QStringLiteral("config.action.reload"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("restart"),
        .validator = Validator::validString({ QStringLiteral("none"), QStringLiteral("restart") }),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "The action that Connect should take on the connector when changes in external configuration "
            "providers "
            "result in a change in the connector's configuration properties. A value of 'none' indicates "
            "that "
            "Connect will do nothing. A value of 'restart' indicates that Connect should restart/reload the "
            "connector with the updated configuration properties.The restart may actually be scheduled in "
            "the "
            "future if the external configuration provider indicates that a configuration value will expire "
            "in the "
            "future."),
        .group = kCommon,
        .orderInGroup = ++order,
        .width = Width::Medium,
        .displayName = QStringLiteral("Reload Action") });
    def.define({ .name = QStringLiteral("errors.retry.timeout"),
        .type = ConfigType::Long,
        .defaultValue = 0,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "The maximum duration in milliseconds that a failed operation will be reattempted. The default "
            "is 0, which means no retries will be attempted. Use -1 for infinite retries."),
        .group = kErrors,
        .orderInGroup = ++errorOrder,
        .width = Width::Medium,
        .displayName = QStringLiteral("Retry Timeout for Errors") });
    def.define({ .name = QStringLiteral("errors.retry.delay.max.ms"),
        .type = ConfigType::Long,
        .defaultValue = 60000,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "The maximum duration in milliseconds between consecutive retry attempts. Jitter will be added "
            "to the delay once this limit is reached to prevent thundering herd issues."),
        .group = kErrors,
        .orderInGroup = ++errorOrder,
        .width = Width::Medium,
        .displayName = QStringLiteral("Maximum Delay Between Retries for Errors") });
    def.define({ .name = QStringLiteral("errors.tolerance"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("none"),
        .validator = Validator::validString({ QStringLiteral("none"), QStringLiteral("all") }),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "Behavior for tolerating errors during connector operation. 'none' is the default value and "
            "signals that any error will result in an immediate connector task failure; 'all' changes the "
            "behavior to skip over problematic records."),
        .group = kErrors,
        .orderInGroup = ++errorOrder,
        .width = Width::Short,
        .displayName = QStringLiteral("Error Tolerance") });
    def.define({ .name = QStringLiteral("errors.log.enable"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "If true, write each error and the details of the failed operation and problematic record to the "
            "Connect application log. This is 'false' by default, so that only errors that are not tolerated "
            "are reported."),
        .group = kErrors,
        .orderInGroup = ++errorOrder,
        .width = Width::Short,
        .displayName = QStringLiteral("Log Errors") });
    def.define({ .name = QStringLiteral("errors.log.include.messages"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation = QStringLiteral("Whether to include in the log the Connect record that resulted in a "
                                        "failure. For sink records, the topic, "
                                        "partition, offset, and timestamp will be logged. For source "
                                        "records, the key and value (and their "
                                        "schemas), all headers, and the timestamp, Kafka topic, Kafka "
                                        "partition, source partition, and source "
                                        "offset will be logged. This is 'false' by default, which will "
                                        "prevent record keys, values, and headers "
                                        "from being written to log files."),
        .group = kErrors,
        .orderInGroup = ++errorOrder,
        .width = Width::Short,
        .displayName = QStringLiteral("Log Error Details") });
    return def;
}

static ConfigDef buildSink();

ConfigDef sink()
{
    // Built once; ConfigDef copies share their key list (implicit sharing).
    static const ConfigDef def = buildSink();
    return def;
}

static ConfigDef buildSink()
{
    ConfigDef def = base();
    def.define({ .name = QStringLiteral("topics"),
        .type = ConfigType::List,
        .defaultValue = QStringLiteral(""),
        .importance = Importance::High,
        .documentation = QStringLiteral("List of topics to consume, separated by commas"),
        .group = kCommon,
        .orderInGroup = 4,
        .width = Width::Long,
        .displayName = QStringLiteral("Topics") });
    def.define({ .name = QStringLiteral("topics.regex"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral(""),
        .validator = Validator::regex(),
        .importance = Importance::High,
        .documentation = QStringLiteral(
            "Regular expression giving topics to consume. Under the hood, the regex is compiled to a "
            "<code>java.util.regex.Pattern</code>. Only one of topics or topics.regex should be specified."),
        .group = kCommon,
        .orderInGroup = 4,
        .width = Width::Long,
        .displayName = QStringLiteral("Topics regex") });
    def.define({ .name = QStringLiteral("errors.deadletterqueue.topic.name"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral(""),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "The name of the topic to be used as the dead letter queue (DLQ) for messages that result in an "
            "error when processed by this sink connector, or its transformations or converters. The topic "
            "name is blank by default, which means that no messages are to be recorded in the DLQ."),
        .group = kErrors,
        .orderInGroup = 6,
        .width = Width::Medium,
        .displayName = QStringLiteral("Dead Letter Queue Topic Name") });
    def.define({ .name = QStringLiteral("errors.deadletterqueue.topic.replication.factor"),
        .type = ConfigType::Short,
        .defaultValue = QVariant::fromValue<qint16>(3),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "Replication factor used to create the dead letter queue topic when it doesn't already exist."),
        .group = kErrors,
        .orderInGroup = 7,
        .width = Width::Medium,
        .displayName = QStringLiteral("Dead Letter Queue Topic Replication Factor") });
    def.define({ .name = QStringLiteral("errors.deadletterqueue.context.headers.enable"),
        .type = ConfigType::Boolean,
        .defaultValue = false,
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "If true, add headers containing error context to the messages written to the dead letter queue. "
            "To avoid clashing with headers from the original record, all error context header keys, all "
            "error context header keys will start with <code>__connect.errors.</code>"),
        .group = kErrors,
        .orderInGroup = 8,
        .width = Width::Medium,
        .displayName = QStringLiteral("Enable Error Context Headers") });
    return def;
}

static ConfigDef buildSource();

ConfigDef source()
{
    // Built once; ConfigDef copies share their key list (implicit sharing).
    static const ConfigDef def = buildSource();
    return def;
}

static ConfigDef buildSource()
{
    ConfigDef def = base();
    int order = 0;
    def.define({ .name = QStringLiteral("topic.creation.groups"),
        .type = ConfigType::List,
        .defaultValue = QStringList(),
        .validator = uniqueAliases(QStringLiteral("topic creation groups")),
        .importance = Importance::Low,
        .documentation = QStringLiteral("Groups of configurations for topics created by source connectors"),
        .group = QStringLiteral("Topic Creation"),
        .orderInGroup = ++order,
        .width = Width::Long,
        .displayName = QStringLiteral("Topic Creation Groups") });
    def.define({ .name = QStringLiteral("exactly.once.support"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("requested"),
        .validator
        = Validator::caseInsensitiveValidString({ QStringLiteral("requested"), QStringLiteral("required") }),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "Permitted values are requested, required. If set to \"required\", forces a preflight check for "
            "the "
            "connector to ensure that it can provide exactly-once semantics with the given configuration. "
            "Some "
            "connectors may be capable of providing exactly-once semantics but not signal to Connect that "
            "they "
            "support this; in that case, documentation for the connector should be consulted carefully "
            "before "
            "creating it, and the value for this property should be set to \"requested\". Additionally, if "
            "the value "
            "is set to \"required\" but the worker that performs preflight validation does not have "
            "exactly-once "
            "support enabled for source connectors, requests to create or validate the connector will fail."),
        .group = QStringLiteral("Exactly Once Support"),
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Exactly once support") });
    def.define({ .name = QStringLiteral("transaction.boundary"),
        .type = ConfigType::String,
        .defaultValue = QStringLiteral("poll"),
        .validator = Validator::caseInsensitiveValidString(
            { QStringLiteral("poll"), QStringLiteral("interval"), QStringLiteral("connector") }),
        .importance = Importance::Medium,
        .documentation = QStringLiteral(
            "Permitted values are: poll, interval, connector. If set to 'poll', a new producer transaction "
            "will be started and committed for every batch of records that each task from this connector "
            "provides to Connect. If set to 'connector', relies on connector-defined transaction boundaries; "
            "note that not all connectors are capable of defining their own transaction boundaries, and in "
            "that case, attempts to instantiate a connector with this value will fail. Finally, if set to "
            "'interval', commits transactions only after a user-defined time interval has passed."),
        .group = QStringLiteral("Exactly Once Support"),
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Transaction Boundary") });
    const auto atLeastZero = Validator::atLeast(0);
    def.define({ .name = QStringLiteral("transaction.boundary.interval.ms"),
        .type = ConfigType::Long,
        .defaultValue = QVariant(),
        .validator = Validator::lambda(
            [atLeastZero](const QString &name, const QVariant &value) -> std::optional<QString> {
                if (!value.isValid())
                    return std::nullopt;
                return atLeastZero->check(name, value);
            },
            atLeastZero->description),
        .importance = Importance::Low,
        .documentation = QStringLiteral(
            "If 'transaction.boundary' is set to 'interval', determines the interval for producer "
            "transaction "
            "commits by connector tasks. If unset, defaults to the value of the worker-level "
            "'offset.flush.interval.ms' property. It has no effect if a different transaction.boundary is "
            "specified."),
        .group = QStringLiteral("Exactly Once Support"),
        .orderInGroup = ++order,
        .width = Width::Short,
        .displayName = QStringLiteral("Transaction boundary interval") });
    def.define({ .name = QStringLiteral("offsets.storage.topic"),
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .validator = Validator::nonEmptyString(),
        .importance = Importance::Low,
        .documentation = QStringLiteral("The name of a separate offsets topic to use for this connector. If "
                                        "empty or not specified, the worker\u2019s "
                                        "global offsets topic name will be used. If specified, the offsets "
                                        "topic will be created if it does not "
                                        "already exist on the Kafka cluster targeted by this connector "
                                        "(which may be different from the one used "
                                        "for the worker's global offsets topic if the bootstrap.servers "
                                        "property of the connector's producer has "
                                        "been overridden from the worker's). Only applicable in distributed "
                                        "mode; in standalone mode, setting "
                                        "this property will have no effect."),
        .group = QStringLiteral("offsets.topic"),
        .orderInGroup = 1,
        .width = Width::Long,
        .displayName = QStringLiteral("Offsets topic") });
    return def;
}

ConfigDef forType(ConnectorType type)
{
    switch (type) {
    case ConnectorType::Sink:
        return sink();
    case ConnectorType::Source:
        return source();
    case ConnectorType::Unknown:
        break;
    }
    return base();
}

ConfigDef enrich(const PluginRegistry &plugins, const ConfigDef &baseDef, const ConfigMap &props)
{
    ConfigDef def = baseDef;
    struct Kind
    {
        QString aliasKey;
        QString group;
        QString kind; // "transformation" / "predicate"
        QString interfaceName;
        PluginType type;
    };
    const Kind kinds[] = {
        { QStringLiteral("transforms"), kTransforms, QStringLiteral("transformation"),
            QStringLiteral("Transformation"), PluginType::Transformation },
        { QStringLiteral("predicates"), kPredicates, QStringLiteral("predicate"), QStringLiteral("Predicate"),
            PluginType::Predicate },
    };
    for (const Kind &kind : kinds) {
        const std::optional<QString> raw = props.value(kind.aliasKey);
        if (!raw)
            continue;
        const ParseResult parsed = ConfigDef::parseType(kind.aliasKey, *raw, ConfigType::List);
        QStringList unique;
        for (const QString &alias : parsed.value.toStringList()) {
            if (!unique.contains(alias))
                unique.append(alias);
        }
        for (const QString &alias : unique) {
            const QString prefix = kind.aliasKey + QLatin1Char('.') + alias + QLatin1Char('.');
            const QString group = kind.group + QStringLiteral(": ") + alias;
            const QString typeKey = prefix + QStringLiteral("type");
            const bool isTransform = kind.type == PluginType::Transformation;
            auto recommender = std::make_shared<Recommender>();
            const QList<PluginDesc> candidates = plugins.plugins(kind.type);
            recommender->validValues = [candidates](const QString &, const QVariantMap &) {
                QVariantList values;
                for (const PluginDesc &p : candidates)
                    values.append(QVariant::fromValue(ClassName { p.className }));
                return values;
            };
            recommender->visible = [](const QString &, const QVariantMap &) { return true; };
            def.define({ .name = typeKey,
                .type = ConfigType::Class,
                .validator = Validator::lambda(
                    [props, prefix, isTransform](
                        const QString &, const QVariant &) -> std::optional<QString> {
                        const QString negate = prefix + QStringLiteral("negate");
                        const QString predicate = prefix + QStringLiteral("predicate");
                        if (isTransform && props.contains(negate) && !props.contains(predicate))
                            return QStringLiteral("Config '") + negate
                                + QStringLiteral("' was provided but there is no config '") + predicate
                                + QStringLiteral("' defining a predicate to be negated.");
                        return std::nullopt;
                    },
                    QStringLiteral("valid configs for ") + alias + QLatin1Char(' ') + kind.kind),
                .importance = Importance::High,
                .documentation = QStringLiteral("Class for the '") + alias + QStringLiteral("' ") + kind.kind
                    + QLatin1Char('.'),
                .group = group,
                .orderInGroup = 0,
                .width = Width::Long,
                .displayName = kind.interfaceName + QStringLiteral(" type for ") + alias,
                .recommender = recommender });
            const std::optional<QString> className = props.value(typeKey);
            const PluginDesc *plugin = className ? plugins.find(className->trimmed()) : nullptr;
            if (!plugin || plugin->type != kind.type || !plugin->configDef)
                continue; // reported by the type key's own validation
            ConfigDef child;
            if (isTransform) {
                child.define({ .name = QStringLiteral("predicate"),
                    .type = ConfigType::String,
                    .defaultValue = QVariant(),
                    .importance = Importance::Medium,
                    .documentation = QStringLiteral("The alias of a predicate used to determine whether to "
                                                    "apply this transformation.") });
                child.define({ .name = QStringLiteral("negate"),
                    .type = ConfigType::Boolean,
                    .defaultValue = false,
                    .importance = Importance::Medium,
                    .documentation = QStringLiteral("Whether the configured predicate should be negated.") });
            }
            const ConfigDef pluginDef = plugin->configDef();
            for (const ConfigKey &key : pluginDef.keys()) {
                if (isTransform
                    && (key.name == QLatin1String("predicate") || key.name == QLatin1String("negate")))
                    continue; // the implicit keys mask the transformation's own
                child.define(key);
            }
            def.embed(prefix, group, 1, child);
        }
    }
    return def;
}

ClassResolver classResolver(const PluginRegistry &plugins)
{
    return [&plugins](const QString &key, const QString &className) {
        if (key == QLatin1String("key.converter") || key == QLatin1String("value.converter"))
            return plugins.hasPlugin(PluginType::Converter, className);
        if (key == QLatin1String("header.converter"))
            return plugins.hasPlugin(PluginType::HeaderConverter, className);
        if (key.startsWith(QLatin1String("transforms.")))
            return plugins.hasPlugin(PluginType::Transformation, className);
        if (key.startsWith(QLatin1String("predicates.")))
            return plugins.hasPlugin(PluginType::Predicate, className);
        return plugins.find(className) != nullptr;
    };
}

void validateSinkTopics(const ConfigMap &props, ConfigValueMap &values)
{
    const std::optional<QString> topics = props.value(QStringLiteral("topics"));
    const std::optional<QString> regex = props.value(QStringLiteral("topics.regex"));
    const QString dlq = props.value(QStringLiteral("errors.deadletterqueue.topic.name"), QString()).trimmed();
    const bool hasTopics = !isBlank(topics);
    const bool hasRegex = !isBlank(regex);
    if (hasTopics && hasRegex) {
        const QString message
            = QStringLiteral("topics and topics.regex are mutually exclusive options, but both are set.");
        addError(values, QStringLiteral("topics"), topics, message);
        addError(values, QStringLiteral("topics.regex"), regex, message);
    }
    if (!hasTopics && !hasRegex) {
        const QString message = QStringLiteral("Must configure one of topics or topics.regex");
        addError(values, QStringLiteral("topics"), topics, message);
        addError(values, QStringLiteral("topics.regex"), regex, message);
    }
    if (!dlq.isEmpty()) {
        if (hasTopics) {
            QStringList list;
            for (const QString &t : ConfigDef::parseType(QStringLiteral("topics"), *topics, ConfigType::List)
                                        .value.toStringList()) {
                if (!t.isEmpty() && !list.contains(t))
                    list.append(t);
            }
            if (list.contains(dlq))
                addError(values, QStringLiteral("topics"), topics,
                    QStringLiteral(
                        "The DLQ topic '%1' may not be included in the list of topics ('topics=[%2]') "
                        "consumed by the connector")
                        .arg(dlq, list.join(QStringLiteral(", "))));
        }
        if (hasRegex) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(*regex));
            if (re.isValid() && re.match(dlq).hasMatch())
                addError(values, QStringLiteral("topics.regex"), regex,
                    QStringLiteral("The DLQ topic '%1' may not be matched by the regex for the topics "
                                   "('topics.regex=%2') consumed by the connector")
                        .arg(dlq, *regex));
        }
    }
}

} // namespace connectorconfig

ValidationResult validateConnectorConfig(
    const PluginRegistry &plugins, const ConfigMap &props, const ValidationContext &context)
{
    ValidationResult result;
    const std::optional<QString> connType = props.value(QStringLiteral("connector.class"));
    if (!connType) {
        result.error = ConnectError::badRequest(QStringLiteral("Connector config ") + props.toJavaString()
            + QStringLiteral(" contains no connector type"));
        return result;
    }
    ConnectError error;
    const std::unique_ptr<Connector> connector = plugins.newConnector(*connType, &error);
    if (!connector) {
        result.error = error;
        return result;
    }
    const ClassResolver classes = connectorconfig::classResolver(plugins);
    const ConfigDef enriched
        = connectorconfig::enrich(plugins, connectorconfig::forType(connector->type()), props);
    ConfigValueMap validated = enriched.validateAll(props, classes);
    if (connector->type() == ConnectorType::Sink) {
        connectorconfig::validateSinkTopics(props, validated);
        // DistributedHerder.validateSinkConnectorGroupId
        ConfigValue &name = validated[QStringLiteral("name")];
        const QString connName = name.value.isValid() ? name.value.toString() : QStringLiteral("null");
        if (!context.workerGroupId.isEmpty()
            && context.workerGroupId == QStringLiteral("connect-") + connName)
            name.errorMessages.append(QStringLiteral("Consumer group for sink connector named ") + connName
                + QStringLiteral(" conflicts with Connect worker group ") + context.workerGroupId);
    } else if (const auto *source = dynamic_cast<const SourceConnectorBase *>(connector.get())) {
        // DistributedHerder.validateSourceConnectorExactlyOnceSupport / ...TransactionBoundary
        ConfigValue &eos = validated[QStringLiteral("exactly.once.support")];
        if (eos.errorMessages.isEmpty()
            && eos.value.toString().trimmed().compare(QLatin1String("required"), Qt::CaseInsensitive) == 0) {
            if (!context.exactlyOnceSourceEnabled)
                eos.errorMessages.append(
                    QStringLiteral("This worker does not have exactly-once source support enabled."));
            const auto support = source->exactlyOnceSupport(props);
            if (!support)
                eos.errorMessages.append(QStringLiteral(
                    "The connector does not implement the API required for preflight validation of "
                    "exactly-once source "
                    "support. Please consult the documentation for the connector to determine whether it "
                    "supports "
                    "exactly-once semantics, and then consider reconfiguring the connector to use the value "
                    "\"requested\" for this property (which will disable this preflight check and allow the "
                    "connector "
                    "to be created)."));
            else if (*support == SourceConnectorBase::Support::Unsupported)
                eos.errorMessages.append(QStringLiteral("The connector does not support exactly-once "
                                                        "semantics with the provided configuration."));
        }
        ConfigValue &boundary = validated[QStringLiteral("transaction.boundary")];
        if (boundary.errorMessages.isEmpty()
            && boundary.value.toString().trimmed().compare(QLatin1String("connector"), Qt::CaseInsensitive)
                == 0
            && source->canDefineTransactionBoundaries(props) != SourceConnectorBase::Support::Supported)
            boundary.errorMessages.append(
                QStringLiteral("The connector does not support connector-defined transaction boundaries with "
                               "the given configuration. "
                               "Please reconfigure it to use a different transaction boundary definition."));
    }

    // addNullValuedErrors
    for (const auto &[key, value] : props.entries()) {
        if (value)
            continue;
        auto it = validated.find(key);
        if (it == validated.end())
            it = validated.insert(key, ConfigValue { key, {}, {}, {}, true });
        it->errorMessages.append(
            QStringLiteral("Null value can not be supplied as the configuration value."));
    }

    // validateConnectorPluginSpecifiedConfigs: framework keys first, the connector's keys after; a key
    // both define keeps the framework's position and the connector's definition and value.
    const ConfigDef connectorDef = connector->config();
    QList<ConfigKey> keys = enriched.keys();
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < keys.size(); ++i)
        position.insert(keys.at(i).name, i);
    for (const ConfigKey &key : connectorDef.keys()) {
        const auto it = position.constFind(key.name);
        if (it != position.cend()) {
            keys[*it] = key;
        } else {
            position.insert(key.name, keys.size());
            keys.append(key);
        }
    }
    QStringList groups = enriched.groups();
    for (const QString &g : connectorDef.groups()) {
        if (!groups.contains(g))
            groups.append(g);
    }
    QList<ConfigValue> values = validated.values();
    values += connector->validate(props);
    ConfigInfos infos = generateResult(*connType, keys, values, groups);

    // validateAllConverterConfigs: header, key, value converter set at connector level.
    const struct
    {
        QString key;
        QString converterType;
    } converters[] = { { QStringLiteral("header.converter"), QStringLiteral("header") },
        { QStringLiteral("key.converter"), QStringLiteral("key") },
        { QStringLiteral("value.converter"), QStringLiteral("value") } };
    for (const auto &converter : converters) {
        const std::optional<QString> className = props.value(converter.key);
        if (!className || !validated.value(converter.key).errorMessages.isEmpty())
            continue;
        const PluginDesc *plugin = plugins.find(className->trimmed());
        if (!plugin || !plugin->configDef)
            continue;
        const QString prefix = converter.key + QLatin1Char('.');
        ConfigMap pluginProps;
        for (const auto &[key, value] : props.entries()) {
            if (key.startsWith(prefix))
                pluginProps.insert(key.mid(prefix.size()), value);
        }
        if (!pluginProps.contains(QStringLiteral("converter.type")))
            pluginProps.insert(QStringLiteral("converter.type"), converter.converterType);
        const ConfigDef def = plugin->configDef();
        merge(infos, prefixedConfigInfos(def, def.validate(pluginProps), prefix));
    }
    result.infos = infos;
    return result;
}

std::optional<ConnectError> checkRequestedPluginType(const QString &pluginName, const ConfigMap &props)
{
    const std::optional<QString> included = props.value(QStringLiteral("connector.class"));
    if (included && !normalizedPluginName(*included).endsWith(normalizedPluginName(pluginName)))
        return ConnectError::badRequest(QStringLiteral("Included connector type ") + *included
            + QStringLiteral(" does not match request type ") + pluginName);
    return std::nullopt;
}

std::optional<QList<ConfigKeyInfo>> pluginConfig(
    const PluginRegistry &plugins, const QString &pluginName, ConnectError *error)
{
    const PluginDesc *plugin = plugins.find(pluginName);
    if (!plugin || !plugin->configDef) {
        if (error)
            *error
                = ConnectError::notFound(QStringLiteral("Unknown plugin ") + pluginName + QLatin1Char('.'));
        return std::nullopt;
    }
    QList<ConfigKeyInfo> result;
    QSet<QString> seen;
    const ConfigDef pluginDef = plugin->configDef();
    for (const ConfigKey &key : pluginDef.keys()) {
        result.append(convertConfigKey(key));
        seen.insert(key.name);
    }
    if (plugin->type == PluginType::Sink || plugin->type == PluginType::Source) {
        const ConfigDef base
            = plugin->type == PluginType::Sink ? connectorconfig::sink() : connectorconfig::source();
        for (const ConfigKey &key : base.keys()) {
            if (!seen.contains(key.name))
                result.append(convertConfigKey(key));
        }
    }
    return result;
}

} // namespace cs::connect
