#include "connect/configdef.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QDebug>
#include <QLocale>
#include <QRegularExpression>

namespace cs::connect {

namespace {

QString numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Java's Double.toString for the values a config can hold: "1.0", "0.5", "1.0E10", "1.0E-5".
QString javaDoubleText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
        if (!text.contains(QLatin1Char('.')))
            text += QStringLiteral(".0");
        return text;
    }
    QString text = QString::number(value, 'e', QLocale::FloatingPointShortest); // "1e+10", "1.5e-05"
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString mantissa = text.left(e);
    QString exponent = text.mid(e + 1);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += QStringLiteral(".0");
    if (exponent.startsWith(QLatin1Char('+')))
        exponent.remove(0, 1);
    const bool negative = exponent.startsWith(QLatin1Char('-'));
    if (negative)
        exponent.remove(0, 1);
    while (exponent.size() > 1 && exponent.startsWith(QLatin1Char('0')))
        exponent.remove(0, 1);
    return mantissa + QLatin1Char('E') + (negative ? QStringLiteral("-") : QString()) + exponent;
}

// The iteration order of a java.util.HashSet<String> filled with `values` in order: by bucket of the
// spread String.hashCode, insertion order within a bucket. Upstream joins such sets into messages.
QStringList javaHashSetOrder(const QStringList &values)
{
    qsizetype capacity = 16;
    while (values.size() > capacity * 3 / 4)
        capacity *= 2;
    QList<std::pair<quint32, QString>> buckets;
    for (const QString &v : values) {
        quint32 h = 0;
        for (const QChar c : v)
            h = 31 * h + c.unicode();
        h ^= h >> 16;
        buckets.append({ h & static_cast<quint32>(capacity - 1), v });
    }
    std::stable_sort(
        buckets.begin(), buckets.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result;
    for (const auto &b : buckets)
        result.append(b.second);
    return result;
}

bool isType(const QVariant &value, int typeId)
{
    return value.metaType().id() == typeId;
}

QString javaClassName(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return QStringLiteral("java.lang.Boolean");
    case QMetaType::Int:
        return QStringLiteral("java.lang.Integer");
    case QMetaType::Short:
        return QStringLiteral("java.lang.Short");
    case QMetaType::LongLong:
        return QStringLiteral("java.lang.Long");
    case QMetaType::Double:
        return QStringLiteral("java.lang.Double");
    case QMetaType::QString:
        return QStringLiteral("java.lang.String");
    case QMetaType::QStringList:
        return QStringLiteral("java.util.ArrayList");
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Password>())
        return QStringLiteral("org.apache.kafka.common.config.types.Password");
    if (value.metaType() == QMetaType::fromType<ClassName>())
        return QStringLiteral("java.lang.Class");
    return QString::fromLatin1(value.typeName());
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

std::shared_ptr<const Validator> makeValidator(
    std::function<std::optional<QString>(const QString &, const QVariant &)> check, QString description)
{
    auto validator = std::make_shared<Validator>();
    validator->check = std::move(check);
    validator->description = std::move(description);
    return validator;
}

} // namespace

QString configTypeName(ConfigType type)
{
    switch (type) {
    case ConfigType::Boolean:
        return QStringLiteral("BOOLEAN");
    case ConfigType::String:
        return QStringLiteral("STRING");
    case ConfigType::Int:
        return QStringLiteral("INT");
    case ConfigType::Short:
        return QStringLiteral("SHORT");
    case ConfigType::Long:
        return QStringLiteral("LONG");
    case ConfigType::Double:
        return QStringLiteral("DOUBLE");
    case ConfigType::List:
        return QStringLiteral("LIST");
    case ConfigType::Class:
        return QStringLiteral("CLASS");
    case ConfigType::Password:
        return QStringLiteral("PASSWORD");
    }
    return QString();
}

QString importanceName(Importance importance)
{
    switch (importance) {
    case Importance::High:
        return QStringLiteral("HIGH");
    case Importance::Medium:
        return QStringLiteral("MEDIUM");
    case Importance::Low:
        return QStringLiteral("LOW");
    }
    return QString();
}

QString widthName(Width width)
{
    switch (width) {
    case Width::None:
        return QStringLiteral("NONE");
    case Width::Short:
        return QStringLiteral("SHORT");
    case Width::Medium:
        return QStringLiteral("MEDIUM");
    case Width::Long:
        return QStringLiteral("LONG");
    }
    return QString();
}

// ---- ConfigMap ----------------------------------------------------------------------------------

ConfigMap::ConfigMap(std::initializer_list<std::pair<QString, QString>> entries)
{
    for (const auto &[key, value] : entries)
        insert(key, value);
}

std::optional<QString> ConfigMap::value(const QString &key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return std::nullopt;
    return m_entries.at(*it).second;
}

QString ConfigMap::value(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

void ConfigMap::insert(const QString &key, const std::optional<QString> &value)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        m_entries[*it].second = value;
        return;
    }
    m_index.insert(key, m_entries.size());
    m_entries.append({ key, value });
}

void ConfigMap::remove(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return;
    m_entries.removeAt(*it);
    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).first, i);
}

QStringList ConfigMap::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const auto &entry : m_entries)
        result.append(entry.first);
    return result;
}

QString ConfigMap::toJavaString() const
{
    QString text = QStringLiteral("{");
    bool first = true;
    for (const auto &[key, value] : m_entries) {
        if (!first)
            text += QStringLiteral(", ");
        first = false;
        text += key + QLatin1Char('=') + value.value_or(QStringLiteral("null"));
    }
    return text + QLatin1Char('}');
}

QMap<QString, QString> ConfigMap::toMap() const
{
    QMap<QString, QString> result;
    for (const auto &[key, value] : m_entries) {
        if (value)
            result.insert(key, *value);
    }
    return result;
}

// ---- value texts --------------------------------------------------------------------------------

QString javaValueString(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("null");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return javaDoubleText(value.toDouble());
    case QMetaType::QStringList:
        return QLatin1Char('[') + value.toStringList().join(QStringLiteral(", ")) + QLatin1Char(']');
    case QMetaType::QString:
        return value.toString();
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Password>())
        return QStringLiteral("[hidden]");
    if (value.metaType() == QMetaType::fromType<ClassName>())
        return QStringLiteral("class ") + value.value<ClassName>().name;
    return value.toString();
}

std::optional<QString> convertToString(const QVariant &value, std::optional<ConfigType> type)
{
    if (!value.isValid())
        return std::nullopt;
    if (!type)
        return javaValueString(value);
    switch (*type) {
    case ConfigType::List:
        if (isType(value, QMetaType::QStringList))
            return value.toStringList().join(QLatin1Char(','));
        return javaValueString(value);
    case ConfigType::Class:
        if (value.metaType() == QMetaType::fromType<ClassName>())
            return value.value<ClassName>().name;
        return javaValueString(value);
    default:
        return javaValueString(value);
    }
}

QString invalidValueMessage(const QString &name, const QVariant &value, const QString &message)
{
    QString text = QStringLiteral("Invalid value ") + javaValueString(value)
        + QStringLiteral(" for configuration ") + name;
    if (!message.isNull())
        text += QStringLiteral(": ") + message;
    return text;
}

// ---- validators ---------------------------------------------------------------------------------

static std::shared_ptr<const Validator> makeRange(std::optional<double> min, std::optional<double> max)
{
    QString description;
    if (!min && !max)
        description = QStringLiteral("[...]");
    else if (!min)
        description = QStringLiteral("[...,") + numberText(*max) + QLatin1Char(']');
    else if (!max)
        description = QLatin1Char('[') + numberText(*min) + QStringLiteral(",...]");
    else
        description = QLatin1Char('[') + numberText(*min) + QStringLiteral(",...,") + numberText(*max)
            + QLatin1Char(']');
    return makeValidator(
        [min, max](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return invalidValueMessage(name, value, QStringLiteral("Value must be non-null"));
            const double n = value.toDouble();
            if (min && n < *min)
                return invalidValueMessage(
                    name, value, QStringLiteral("Value must be at least ") + numberText(*min));
            if (max && n > *max)
                return invalidValueMessage(
                    name, value, QStringLiteral("Value must be no more than ") + numberText(*max));
            return std::nullopt;
        },
        description);
}

std::shared_ptr<const Validator> Validator::atLeast(double min)
{
    return makeRange(min, std::nullopt);
}

std::shared_ptr<const Validator> Validator::between(double min, double max)
{
    return makeRange(min, max);
}

std::shared_ptr<const Validator> Validator::validString(const QStringList &valid)
{
    const QString joined = valid.join(QStringLiteral(", "));
    return makeValidator(
        [valid, joined](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (value.isValid() && valid.contains(value.toString()))
                return std::nullopt;
            return invalidValueMessage(name, value, QStringLiteral("String must be one of: ") + joined);
        },
        QLatin1Char('[') + joined + QLatin1Char(']'));
}

std::shared_ptr<const Validator> Validator::caseInsensitiveValidString(const QStringList &valid)
{
    QStringList upper;
    for (const QString &v : valid) {
        if (!upper.contains(v.toUpper()))
            upper.append(v.toUpper());
    }
    upper = javaHashSetOrder(upper);
    const QString joined = upper.join(QStringLiteral(", "));
    return makeValidator(
        [upper, joined](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (value.isValid() && upper.contains(value.toString().toUpper()))
                return std::nullopt;
            return invalidValueMessage(
                name, value, QStringLiteral("String must be one of (case insensitive): ") + joined);
        },
        QStringLiteral("(case insensitive) [") + joined + QLatin1Char(']'));
}

std::shared_ptr<const Validator> Validator::validList(const QStringList &valid)
{
    const auto element = validString(valid);
    return makeValidator(
        [element](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return std::nullopt;
            for (const QString &item : value.toStringList()) {
                if (auto error = element->check(name, item))
                    return error;
            }
            return std::nullopt;
        },
        element->description);
}

std::shared_ptr<const Validator> Validator::nonEmptyString()
{
    return makeValidator(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (value.isValid() && value.toString().isEmpty())
                return invalidValueMessage(name, value, QStringLiteral("String must be non-empty"));
            return std::nullopt;
        },
        QStringLiteral("non-empty string"));
}

std::shared_ptr<const Validator> Validator::nonEmptyStringWithoutControlChars()
{
    return makeValidator(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return std::nullopt; // a missing name is reported as a missing required key
            const QString s = value.toString();
            if (s.isEmpty())
                return invalidValueMessage(name, value, QStringLiteral("String may not be empty"));
            QStringList found;
            for (const QChar c : s) {
                const ushort u = c.unicode();
                if (u <= 0x1f || (u >= 0x7f && u <= 0x9f))
                    found.append(QString::number(u));
            }
            if (!found.isEmpty())
                return invalidValueMessage(name, value,
                    QStringLiteral(
                        "String may not contain control sequences but had the following ASCII chars: ")
                        + found.join(QStringLiteral(", ")));
            return std::nullopt;
        },
        QStringLiteral("non-empty string without ISO control characters"));
}

std::shared_ptr<const Validator> Validator::nonNull()
{
    return makeValidator(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return invalidValueMessage(
                    name, QStringLiteral("null"), QStringLiteral("entry must be non null"));
            return std::nullopt;
        },
        QStringLiteral("non-null string"));
}

std::shared_ptr<const Validator> Validator::regex()
{
    return makeValidator(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            if (!value.isValid())
                return std::nullopt;
            const QRegularExpression re(value.toString());
            if (!re.isValid())
                return invalidValueMessage(name, value, QStringLiteral("Invalid regex: ") + re.errorString());
            return std::nullopt;
        },
        QStringLiteral("valid regex"));
}

std::shared_ptr<const Validator> Validator::composite(QList<std::shared_ptr<const Validator>> validators)
{
    QStringList descriptions;
    for (const auto &v : validators)
        descriptions.append(v->description);
    return makeValidator(
        [validators](const QString &name, const QVariant &value) -> std::optional<QString> {
            for (const auto &v : validators) {
                if (auto error = v->check(name, value))
                    return error;
            }
            return std::nullopt;
        },
        descriptions.join(QStringLiteral(", ")));
}

std::shared_ptr<const Validator> Validator::lambda(
    std::function<std::optional<QString>(const QString &, const QVariant &)> check, QString description)
{
    return makeValidator(std::move(check), std::move(description));
}

// ---- ConfigDef ----------------------------------------------------------------------------------

ConfigDef &ConfigDef::define(ConfigKey key)
{
    if (m_index.contains(key.name)) {
        qWarning("ConfigDef: configuration %s is defined twice", qPrintable(key.name));
        return *this;
    }
    if (key.displayName.isEmpty())
        key.displayName = key.name;
    if (key.defaultValue && key.defaultValue->isValid()) {
        const ParseResult parsed = parseType(key.name, *key.defaultValue, key.type);
        if (parsed.error) {
            qWarning("ConfigDef: bad default of %s: %s", qPrintable(key.name), qPrintable(*parsed.error));
            return *this;
        }
        key.defaultValue = parsed.value;
    }
    if (key.defaultValue && key.validator) {
        if (auto error = key.validator->check(key.name, *key.defaultValue)) {
            qWarning("ConfigDef: invalid default of %s: %s", qPrintable(key.name), qPrintable(*error));
            return *this;
        }
    }
    if (!key.group.isNull() && !m_groups.contains(key.group))
        m_groups.append(key.group);
    m_index.insert(key.name, m_keys.size());
    m_keys.append(std::move(key));
    return *this;
}

ConfigDef &ConfigDef::embed(
    const QString &prefix, const QString &group, int startOrder, const ConfigDef &child)
{
    // Upstream embeds in "sorted" order: required keys first, then by importance, then by name.
    QList<ConfigKey> sorted = child.m_keys;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ConfigKey &a, const ConfigKey &b) {
        if (a.hasDefault() != b.hasDefault())
            return !a.hasDefault();
        if (a.importance != b.importance)
            return a.importance < b.importance;
        return a.name < b.name;
    });
    int order = startOrder;
    for (ConfigKey key : sorted) {
        key.name = prefix + key.name;
        key.group = group;
        key.orderInGroup = order++;
        for (QString &dependent : key.dependents)
            dependent = prefix + dependent;
        if (key.validator) {
            // The embedded validator sees the key name without the prefix, as upstream's does.
            const auto base = key.validator;
            key.validator = Validator::lambda(
                [base, prefix](const QString &name, const QVariant &value) {
                    return base->check(name.mid(prefix.size()), value);
                },
                base->description);
        }
        if (key.recommender) {
            const auto base = key.recommender;
            auto recommender = std::make_shared<Recommender>();
            recommender->validValues = [base, prefix](const QString &name, const QVariantMap &parsed) {
                QVariantMap unprefixed;
                for (auto it = parsed.cbegin(); it != parsed.cend(); ++it) {
                    if (it.key().startsWith(prefix))
                        unprefixed.insert(it.key().mid(prefix.size()), it.value());
                }
                return base->validValues ? base->validValues(name.mid(prefix.size()), unprefixed)
                                         : QVariantList();
            };
            recommender->visible = [base, prefix](const QString &name, const QVariantMap &parsed) {
                QVariantMap unprefixed;
                for (auto it = parsed.cbegin(); it != parsed.cend(); ++it) {
                    if (it.key().startsWith(prefix))
                        unprefixed.insert(it.key().mid(prefix.size()), it.value());
                }
                return base->visible ? base->visible(name.mid(prefix.size()), unprefixed) : true;
            };
            key.recommender = recommender;
        }
        define(std::move(key));
    }
    return *this;
}

const ConfigKey *ConfigDef::key(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_keys.at(*it);
}

QStringList ConfigDef::names() const
{
    QStringList result;
    for (const ConfigKey &k : m_keys)
        result.append(k.name);
    return result;
}

ParseResult ConfigDef::parseType(const QString &name, const QVariant &value, ConfigType type)
{
    if (!value.isValid())
        return {};
    auto fail = [&](const QString &message) {
        return ParseResult { QVariant(), invalidValueMessage(name, value, message) };
    };
    auto notNumber = [&] { return fail(QStringLiteral("Not a number of type ") + configTypeName(type)); };

    if (isType(value, QMetaType::QString)) {
        const QString trimmed = value.toString().trimmed();
        bool ok = false;
        switch (type) {
        case ConfigType::Boolean:
            if (trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return { true, std::nullopt };
            if (trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return { false, std::nullopt };
            return fail(QStringLiteral("Expected value to be either true or false"));
        case ConfigType::Password:
            return { QVariant::fromValue(Password { trimmed }), std::nullopt };
        case ConfigType::String:
            return { trimmed, std::nullopt };
        case ConfigType::Int: {
            const int v = trimmed.toInt(&ok, 10);
            if (!ok || trimmed.isEmpty())
                return notNumber();
            return { v, std::nullopt };
        }
        case ConfigType::Short: {
            const short v = trimmed.toShort(&ok, 10);
            if (!ok || trimmed.isEmpty())
                return notNumber();
            return { QVariant::fromValue<qint16>(v), std::nullopt };
        }
        case ConfigType::Long: {
            const qint64 v = trimmed.toLongLong(&ok, 10);
            if (!ok || trimmed.isEmpty())
                return notNumber();
            return { QVariant::fromValue<qint64>(v), std::nullopt };
        }
        case ConfigType::Double: {
            QString text = trimmed;
            // Java's Double.parseDouble accepts a trailing type suffix and the words NaN/Infinity.
            if (text.endsWith(QLatin1Char('d'), Qt::CaseInsensitive)
                || text.endsWith(QLatin1Char('f'), Qt::CaseInsensitive))
                text.chop(1);
            if (text == QLatin1String("NaN"))
                return { std::numeric_limits<double>::quiet_NaN(), std::nullopt };
            if (text == QLatin1String("Infinity") || text == QLatin1String("+Infinity"))
                return { std::numeric_limits<double>::infinity(), std::nullopt };
            if (text == QLatin1String("-Infinity"))
                return { -std::numeric_limits<double>::infinity(), std::nullopt };
            const double v = QLocale::c().toDouble(text, &ok);
            if (!ok || text.isEmpty() || text.contains(QLatin1String("inf"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("nan"), Qt::CaseInsensitive))
                return notNumber();
            return { v, std::nullopt };
        }
        case ConfigType::List: {
            if (trimmed.isEmpty())
                return { QStringList(), std::nullopt };
            static const QRegularExpression commaWithWhitespace(QStringLiteral("\\s*,\\s*"));
            return { trimmed.split(commaWithWhitespace), std::nullopt };
        }
        case ConfigType::Class:
            return { QVariant::fromValue(ClassName { trimmed }), std::nullopt };
        }
        return {};
    }

    switch (type) {
    case ConfigType::Boolean:
        if (isType(value, QMetaType::Bool))
            return { value, std::nullopt };
        return fail(QStringLiteral("Expected value to be either true or false"));
    case ConfigType::Password:
        if (value.metaType() == QMetaType::fromType<Password>())
            return { value, std::nullopt };
        return fail(QStringLiteral("Expected value to be a string, but it was a ") + javaClassName(value));
    case ConfigType::String:
        return fail(QStringLiteral("Expected value to be a string, but it was a ") + javaClassName(value));
    case ConfigType::Int:
        if (isType(value, QMetaType::Int))
            return { value, std::nullopt };
        return fail(
            QStringLiteral("Expected value to be a 32-bit integer, but it was a ") + javaClassName(value));
    case ConfigType::Short:
        if (isType(value, QMetaType::Short))
            return { value, std::nullopt };
        return fail(QStringLiteral("Expected value to be a 16-bit integer (short), but it was a ")
            + javaClassName(value));
    case ConfigType::Long:
        if (isType(value, QMetaType::Int) || isType(value, QMetaType::LongLong))
            return { QVariant::fromValue<qint64>(value.toLongLong()), std::nullopt };
        return fail(QStringLiteral("Expected value to be a 64-bit integer (long), but it was a ")
            + javaClassName(value));
    case ConfigType::Double:
        if (isNumber(value))
            return { value.toDouble(), std::nullopt };
        return fail(QStringLiteral("Expected value to be a double, but it was a ") + javaClassName(value));
    case ConfigType::List:
        if (isType(value, QMetaType::QStringList))
            return { value, std::nullopt };
        return fail(QStringLiteral("Expected a comma separated list."));
    case ConfigType::Class:
        if (value.metaType() == QMetaType::fromType<ClassName>())
            return { value, std::nullopt };
        return fail(QStringLiteral("Expected a Class instance or class name."));
    }
    return {};
}

QStringList ConfigDef::configsWithNoParent() const
{
    QSet<QString> withParent;
    for (const ConfigKey &k : m_keys) {
        for (const QString &d : k.dependents)
            withParent.insert(d);
    }
    QStringList result;
    for (const ConfigKey &k : m_keys) {
        if (!withParent.contains(k.name))
            result.append(k.name);
    }
    return result;
}

ConfigValueMap ConfigDef::validateAll(const ConfigMap &props, const ClassResolver &classes) const
{
    ConfigValueMap values;
    for (const ConfigKey &k : m_keys)
        values.insert(k.name, ConfigValue { k.name, {}, {}, {}, true });
    for (const ConfigKey &k : m_keys) {
        for (const QString &d : k.dependents) {
            if (!m_index.contains(d) && !values.contains(d)) {
                ConfigValue undefined { d, {}, {},
                    { d + QStringLiteral(" is referred in the dependents, but not defined.") }, false };
                values.insert(d, undefined);
            }
        }
    }
    QVariantMap parsed;
    const QStringList roots = configsWithNoParent();
    for (const QString &name : roots)
        parseForValidate(name, props, classes, parsed, values);
    for (const QString &name : roots)
        validateRecursive(name, parsed, values);
    return values;
}

QList<ConfigValue> ConfigDef::validate(const ConfigMap &props, const ClassResolver &classes) const
{
    const ConfigValueMap all = validateAll(props, classes);
    QList<ConfigValue> result;
    for (const ConfigKey &k : m_keys)
        result.append(all.value(k.name));
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!m_index.contains(it.key()))
            result.append(it.value());
    }
    return result;
}

void ConfigDef::parseForValidate(const QString &name, const ConfigMap &props, const ClassResolver &classes,
    QVariantMap &parsed, ConfigValueMap &values) const
{
    const ConfigKey *k = key(name);
    if (!k || parsed.contains(name))
        return;
    ConfigValue &config = values[name];
    QVariant value;
    if (props.contains(name)) {
        const std::optional<QString> raw = props.value(name);
        const ParseResult result = parseType(name, raw ? QVariant(*raw) : QVariant(), k->type);
        if (result.error) {
            config.errorMessages.append(*result.error);
        } else if (k->type == ConfigType::Class && result.value.isValid() && classes
            && !classes(name, result.value.value<ClassName>().name)) {
            config.errorMessages.append(invalidValueMessage(
                name, *raw, QStringLiteral("Class ") + *raw + QStringLiteral(" could not be found.")));
        } else {
            value = result.value;
        }
    } else if (!k->hasDefault()) {
        config.errorMessages.append(QStringLiteral("Missing required configuration \"") + name
            + QStringLiteral("\" which has no default value."));
    } else {
        value = *k->defaultValue;
    }
    if (k->validator) {
        if (auto error = k->validator->check(name, value))
            config.errorMessages.append(*error);
    }
    config.value = value;
    parsed.insert(name, value);
    for (const QString &dependent : k->dependents)
        parseForValidate(dependent, props, classes, parsed, values);
}

void ConfigDef::validateRecursive(
    const QString &name, const QVariantMap &parsed, ConfigValueMap &values) const
{
    const ConfigKey *k = key(name);
    if (!k)
        return;
    ConfigValue &config = values[name];
    if (k->recommender) {
        if (k->recommender->validValues)
            config.recommendedValues = k->recommender->validValues(name, parsed);
        if (k->recommender->visible)
            config.visible = k->recommender->visible(name, parsed);
    }
    for (const QString &dependent : k->dependents)
        validateRecursive(dependent, parsed, values);
}

ConfigDef::Parsed ConfigDef::parse(const ConfigMap &props) const
{
    Parsed result;
    for (const ConfigKey &k : m_keys) {
        QVariant value;
        if (props.contains(k.name)) {
            const std::optional<QString> raw = props.value(k.name);
            const ParseResult parsed = parseType(k.name, raw ? QVariant(*raw) : QVariant(), k.type);
            if (parsed.error) {
                result.error = parsed.error;
                return result;
            }
            value = parsed.value;
        } else if (!k.hasDefault()) {
            result.error = QStringLiteral("Missing required configuration \"") + k.name
                + QStringLiteral("\" which has no default value.");
            return result;
        } else {
            value = *k.defaultValue;
        }
        if (k.validator) {
            if (auto error = k.validator->check(k.name, value)) {
                result.error = error;
                return result;
            }
        }
        result.values.insert(k.name, value);
    }
    return result;
}

} // namespace cs::connect
