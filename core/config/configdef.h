#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "config/properties.h"

namespace cs::config {

// Kafka's org.apache.kafka.common.config.ConfigDef, the part Connect Studio needs: typed keys with
// defaults, parsing of string values with upstream's error texts byte for byte, validators, and the
// string rendering used by REST answers. Immutable after construction; safe to share between
// threads for reading.

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

// "BOOLEAN", "STRING", "INT", ... "HIGH", ... "NONE", ...: the names ConfigDef.Type etc. print.
QString typeName(ConfigType type);
QString importanceName(Importance importance);
QString widthName(Width width);

// A PASSWORD value. Its text form is "[hidden]" (Kafka's Password.toString()); the real value
// is reachable only through `value`, so that a password cannot end up in a log line by accident.
struct Password
{
    QString value;
    static QString hiddenText() { return QStringLiteral("[hidden]"); }
    friend bool operator==(const Password &a, const Password &b) { return a.value == b.value; }
};

// Parsed values are QVariants holding: bool (BOOLEAN), QString (STRING, and CLASS as the class
// name), int (INT), qint16 (SHORT), qint64 (LONG), double (DOUBLE), QStringList (LIST),
// cs::config::Password (PASSWORD). A null QVariant is Java's null (an optional key left unset).

// Java's String.valueOf(value) for a parsed value: "true", "12", "1.0E7", "[a, b]", "[hidden]",
// "null". This is how upstream error texts render values.
QString javaString(const QVariant &value);

// ConfigDef.convertToString: null stays null (std::nullopt), LIST joined by "," without spaces,
// CLASS as its name, PASSWORD as "[hidden]", others like javaString().
std::optional<QString> convertToString(const QVariant &value, ConfigType type);

// Checks a parsed value. Returns the complete ConfigException message when the value is wrong.
using Validator = std::function<std::optional<QString>(const QString &name, const QVariant &value)>;

// "Invalid value <value> for configuration <name>: <reason>" (ConfigException(name, value, msg)).
QString invalidValueMessage(const QString &name, const QString &valueText, const QString &reason);
QString missingRequiredMessage(const QString &name);

namespace validators {
// ConfigDef.Range.atLeast/between: "Value must be at least <min>", "Value must be no more than
// <max>", "Value must be non-null".
Validator atLeast(qint64 min);
Validator between(qint64 min, qint64 max);
// ConfigDef.ValidString.in: "String must be one of: a, b".
Validator in(const QStringList &allowed);
// ConfigDef.CaseInsensitiveValidString.in: "String must be one of (case insensitive): a, b".
Validator inCaseInsensitive(const QStringList &allowed);
// ConfigDef.NonEmptyString: "String may not be empty".
Validator nonEmptyString();
} // namespace validators

// One key of a definition (ConfigDef.ConfigKey).
struct ConfigKey
{
    QString name;
    ConfigType type = ConfigType::String;
    // std::nullopt: no default, the key is required. A null QVariant: the default is null.
    std::optional<QVariant> defaultValue;
    Validator validator;
    QString validatorText; // the validator's toString(), shown in documentation; may be empty
    Importance importance = Importance::Medium;
    QString documentation;
    QString group;
    int orderInGroup = -1;
    Width width = Width::None;
    QString displayName;
    QStringList dependents;

    bool required() const { return !defaultValue.has_value(); }
};

// True when a CLASS value names a class this process can instantiate. Used to reproduce
// "Class <x> could not be found."; without one, any class name is accepted.
using ClassResolver = std::function<bool(const QString &className)>;

// The outcome of parsing string values against a definition.
struct ParsedConfig
{
    QHash<QString, QVariant> values; // every defined key: its parsed value or its default
    QStringList errors; // upstream texts, in definition order; the first is what Kafka throws

    bool ok() const { return errors.isEmpty(); }
};

class ConfigDef
{
public:
    ConfigDef &define(ConfigKey key);
    // The common short form: name, type, default (nullopt = required), validator, importance, doc.
    ConfigDef &define(const QString &name, ConfigType type, std::optional<QVariant> defaultValue,
        Validator validator, Importance importance, const QString &documentation);

    const QList<ConfigKey> &keys() const { return m_keys; }
    const ConfigKey *find(const QString &name) const;
    bool contains(const QString &name) const { return m_index.contains(name); }
    QStringList names() const;

    // ConfigDef.parseType: the string as written → a value of `type`, or the ConfigException text.
    // Strings are trimmed first, as upstream does; error texts quote the untrimmed value.
    static QVariant parseType(const QString &name, const QString &value, ConfigType type, QString *error,
        const ClassResolver &classes = {});

    // ConfigDef.parse(Map): every defined key in definition order: parsed value, or the default,
    // or "Missing required configuration ..."; then its validator. Undefined keys are ignored.
    ParsedConfig parse(const Properties &props, const ClassResolver &classes = {}) const;

private:
    QList<ConfigKey> m_keys;
    QHash<QString, qsizetype> m_index;
};

} // namespace cs::config

Q_DECLARE_METATYPE(cs::config::Password)
