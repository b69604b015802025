#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cs::connect {

// Kafka's ConfigDef, modelled closely on org.apache.kafka.common.config.ConfigDef: typed key
// definitions, parsing of string values, validators, recommenders, and validation that reports
// every problem as a ConfigValue error instead of failing at the first one. The error texts are
// upstream's, byte for byte, because REST clients and the studio's forms show them verbatim.
//
// Values are QVariants. An invalid QVariant is Java's null. Parsed values by type: BOOLEAN bool,
// STRING QString, INT int, SHORT qint16, LONG qint64, DOUBLE double, LIST QStringList, CLASS
// ClassName, PASSWORD Password. All types here are values; a ConfigDef is immutable once built
// and then safe to share between threads.

enum class ConfigType
{
    Boolean,
    String,
    Int,
    Short,
    Long,
    Double,
    List,
    Class,
    Password
};
enum class Importance
{
    High,
    Medium,
    Low
};
enum class Width
{
    None,
    Short,
    Medium,
    Long
};

QString configTypeName(ConfigType type); // "BOOLEAN", "STRING", ...
QString importanceName(Importance importance);
QString widthName(Width width);

// A PASSWORD value. Its text form is always "[hidden]" (Kafka's Password.toString).
struct Password
{
    QString value;
    bool operator==(const Password &other) const = default;
};

// A CLASS value: the class name (the plugin registry decides which names exist).
struct ClassName
{
    QString name;
    bool operator==(const ClassName &other) const = default;
};

// An ordered map of raw configuration properties as a REST body or a properties file gives them.
// std::nullopt is a JSON null. Keeps insertion order (Jackson's LinkedHashMap), lookups are O(1).
class ConfigMap
{
public:
    ConfigMap() = default;
    ConfigMap(std::initializer_list<std::pair<QString, QString>> entries);

    bool contains(const QString &key) const { return m_index.contains(key); }
    // The value, or nullopt when the key is absent or null.
    std::optional<QString> value(const QString &key) const;
    QString value(const QString &key, const QString &fallback) const;
    void insert(const QString &key, const std::optional<QString> &value); // replaces in place
    void remove(const QString &key);
    QStringList keys() const;
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<std::pair<QString, std::optional<QString>>> &entries() const { return m_entries; }
    // Java's AbstractMap.toString: "{k=v, k2=null}" (used in upstream error texts).
    QString toJavaString() const;
    // Non-null entries as a plain map (for code that does not care about order).
    QMap<QString, QString> toMap() const;

    bool operator==(const ConfigMap &other) const { return m_entries == other.m_entries; }

private:
    QList<std::pair<QString, std::optional<QString>>> m_entries;
    QHash<QString, qsizetype> m_index;
};

// Java's toString of a config value as ConfigException puts it into "Invalid value <v> ...".
QString javaValueString(const QVariant &value);
// ConfigDef.convertToString: the text a REST client sees for a value ("[hidden]" for passwords,
// LIST joined with ",", CLASS the class name). nullopt for null. A null type uses toString.
std::optional<QString> convertToString(const QVariant &value, std::optional<ConfigType> type);
// "Invalid value <v> for configuration <name>: <message>" (ConfigException(name, value, message)).
QString invalidValueMessage(const QString &name, const QVariant &value, const QString &message);

// Checks one value. Returns the complete error message, or nullopt when the value is fine.
struct Validator
{
    std::function<std::optional<QString>(const QString &name, const QVariant &value)> check;
    QString description; // the "Valid Values" text of upstream's toString()

    // Range.atLeast / Range.between: "Value must be at least <min>", "... no more than <max>",
    // "Value must be non-null".
    static std::shared_ptr<const Validator> atLeast(double min);
    static std::shared_ptr<const Validator> between(double min, double max);
    // ValidString.in: "String must be one of: a, b".
    static std::shared_ptr<const Validator> validString(const QStringList &valid);
    // CaseInsensitiveValidString.in: "String must be one of (case insensitive): A, B".
    static std::shared_ptr<const Validator> caseInsensitiveValidString(const QStringList &valid);
    // ValidList.in: each element must be one of the strings.
    static std::shared_ptr<const Validator> validList(const QStringList &valid);
    // NonEmptyString: "String must be non-empty" (null passes).
    static std::shared_ptr<const Validator> nonEmptyString();
    // NonEmptyStringWithoutControlChars: "String may not be empty", "String may not contain
    // control sequences but had the following ASCII chars: 9, 10" (null passes).
    static std::shared_ptr<const Validator> nonEmptyStringWithoutControlChars();
    // NonNullValidator: "Invalid value null for configuration <k>: entry must be non null".
    static std::shared_ptr<const Validator> nonNull();
    // A regular expression that must compile (transforms' RegexValidator): "Invalid regex: <why>".
    static std::shared_ptr<const Validator> regex();
    // CompositeValidator.of: the first failing validator's message.
    static std::shared_ptr<const Validator> composite(QList<std::shared_ptr<const Validator>> validators);
    static std::shared_ptr<const Validator> lambda(
        std::function<std::optional<QString>(const QString &, const QVariant &)> check, QString description);
};

// Computes recommended values and visibility of a key from the other parsed values.
struct Recommender
{
    std::function<QVariantList(const QString &name, const QVariantMap &parsed)> validValues;
    std::function<bool(const QString &name, const QVariantMap &parsed)> visible;
};

// One key definition. Build it with designated initializers:
//   def.define({.name = u"tasks.max"_s, .type = ConfigType::Int, .defaultValue = 1, ...});
// defaultValue nullopt = no default (the key is required); QVariant() = the default is null.
struct ConfigKey
{
    QString name;
    ConfigType type = ConfigType::String;
    std::optional<QVariant> defaultValue;
    std::shared_ptr<const Validator> validator;
    Importance importance = Importance::Medium;
    QString documentation;
    QString group; // null QString = no group
    int orderInGroup = -1;
    Width width = Width::None;
    QString displayName; // empty = the key's name (upstream's short define() overloads)
    QStringList dependents;
    std::shared_ptr<const Recommender> recommender;
    bool internal = false;

    bool hasDefault() const { return defaultValue.has_value(); }
};

// The outcome of validating one key (org.apache.kafka.common.config.ConfigValue).
struct ConfigValue
{
    QString name;
    QVariant value;
    QVariantList recommendedValues;
    QStringList errorMessages;
    bool visible = true;
};
using ConfigValueMap = QMap<QString, ConfigValue>;

// Tells whether a class name given for a CLASS key exists (Java's class loader). Keys are passed so
// that e.g. key.converter accepts only converters.
using ClassResolver = std::function<bool(const QString &key, const QString &className)>;

// The result of parseType: a value or the complete error message.
struct ParseResult
{
    QVariant value;
    std::optional<QString> error;
};

class ConfigDef
{
public:
    ConfigDef() = default;

    // Adds a key; the default value (if any) is parsed and validated like upstream's ConfigKey
    // constructor. A bad default or a duplicate name is a programming error: it is reported
    // with qWarning and the key is not added.
    ConfigDef &define(ConfigKey key);
    // Adds every key of `child` under `prefix` in `group`, orders starting at startOrder
    // (ConfigDef.embed), with dependents and validators carried over.
    ConfigDef &embed(const QString &prefix, const QString &group, int startOrder, const ConfigDef &child);

    const QList<ConfigKey> &keys() const { return m_keys; } // definition order
    const ConfigKey *key(const QString &name) const;
    bool contains(const QString &name) const { return m_index.contains(name); }
    QStringList groups() const { return m_groups; } // in order of first use
    QStringList names() const;

    // ConfigDef.parseType: string values are trimmed and converted; typed values are accepted when
    // they already have the key's type. Errors carry upstream's exact texts.
    static ParseResult parseType(const QString &name, const QVariant &value, ConfigType type);

    // ConfigDef.validateAll: every defined key gets a ConfigValue; parse errors, missing required
    // keys, validator and recommender results become error messages.
    // CLASS values are checked with `classes` when given ("Class x could not be found.").
    ConfigValueMap validateAll(const ConfigMap &props, const ClassResolver &classes = {}) const;
    QList<ConfigValue> validate(const ConfigMap &props, const ClassResolver &classes = {}) const;

    // ConfigDef.parse for a configuration that must be valid: parsed values of every key, or the
    // first error message.
    struct Parsed
    {
        QVariantMap values;
        std::optional<QString> error;
    };
    Parsed parse(const ConfigMap &props) const;

private:
    void parseForValidate(const QString &name, const ConfigMap &props, const ClassResolver &classes,
        QVariantMap &parsed, ConfigValueMap &values) const;
    void validateRecursive(const QString &name, const QVariantMap &parsed, ConfigValueMap &values) const;
    QStringList configsWithNoParent() const;

    QList<ConfigKey> m_keys;
    QHash<QString, qsizetype> m_index;
    QStringList m_groups;
};

} // namespace cs::connect

Q_DECLARE_METATYPE(cs::connect::Password)
Q_DECLARE_METATYPE(cs::connect::ClassName)
