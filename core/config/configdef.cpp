#include "config/configdef.h"

#include <cmath>
#include <limits>

#include <QLocale>
#include <QRegularExpression>

namespace cs::config {

namespace {

// Java's Long.parseLong / Integer.parseInt / Short.parseShort on an already trimmed string:
// an optional sign and ASCII digits, nothing else, within [min, max].
std::optional<qint64> parseJavaInteger(QStringView s, qint64 min, qint64 max)
{
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        i = 1;
        if (s.size() == 1)
            return std::nullopt;
    }
    // Accumulate negatively so that the minimum of the type is reachable.
    qint64 result = 0;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c - u'0';
        if (result < (std::numeric_limits<qint64>::min() + digit) / 10)
            return std::nullopt;
        result = result * 10 - digit;
    }
    if (!negative) {
        if (result == std::numeric_limits<qint64>::min())
            return std::nullopt;
        result = -result;
    }
    if (result < min || result > max)
        return std::nullopt;
    return result;
}

// Java's Double.parseDouble on a trimmed string, for the forms people write in config files.
std::optional<double> parseJavaDouble(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    QStringView body = s;
    bool negative = false;
    if (body[0] == u'-' || body[0] == u'+') {
        negative = body[0] == u'-';
        body = body.sliced(1);
    }
    if (body == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (body == u"Infinity")
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    QStringView number = s;
    const QChar last = number.back();
    if (last == u'd' || last == u'D' || last == u'f' || last == u'F')
        number.chop(1);
    // Qt would also take "inf"/"nan" and locale forms; Java takes only digits, '.', exponent.
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!decimal.match(number.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(number, &ok);
    if (!ok && !std::isinf(v))
        return std::nullopt;
    return v;
}

// Java's Double.toString.
QString javaDouble(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    const double a = std::fabs(d);
    if (a >= 1e-3 && a < 1e7) {
        QString s = QString::number(d, 'f', QLocale::FloatingPointShortest);
        if (!s.contains(u'.'))
            s.append(u".0");
        return s;
    }
    // Scientific: shortest mantissa, at least one fraction digit, "E" and a plain exponent.
    QString s = QString::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = s.indexOf(u'e');
    QString mantissa = s.left(e);
    QString exponent = s.mid(e + 1);
    if (!mantissa.contains(u'.'))
        mantissa.append(u".0");
    const bool negativeExponent = exponent.startsWith(u'-');
    exponent.remove(0, exponent.startsWith(u'+') || negativeExponent ? 1 : 0);
    while (exponent.size() > 1 && exponent.startsWith(u'0'))
        exponent.remove(0, 1);
    return mantissa + u'E' + (negativeExponent ? QStringLiteral("-") : QString()) + exponent;
}

// String.hashCode.
qint32 javaHash(const QString &s)
{
    quint32 h = 0;
    for (const QChar c : s)
        h = 31 * h + c.unicode();
    return static_cast<qint32>(h);
}

// The iteration order of a java.util.HashSet<String> built from `values` (default capacity,
// load factor 0.75): upstream joins such sets into error texts, so the order is part of the text.
QStringList javaHashSetOrder(const QStringList &values)
{
    QStringList unique;
    for (const QString &v : values) {
        if (!unique.contains(v))
            unique.append(v);
    }
    qsizetype buckets = 16;
    while (unique.size() > buckets * 3 / 4)
        buckets *= 2;
    QList<QStringList> table(buckets);
    for (const QString &v : unique) {
        const quint32 h = static_cast<quint32>(javaHash(v));
        const quint32 spread = h ^ (h >> 16);
        table[spread & static_cast<quint32>(buckets - 1)].append(v);
    }
    QStringList out;
    for (const QStringList &bucket : table)
        out.append(bucket);
    return out;
}

Validator rangeValidator(std::optional<qint64> min, std::optional<qint64> max)
{
    return [min, max](const QString &name, const QVariant &value) -> std::optional<QString> {
        if (value.isNull())
            return invalidValueMessage(
                name, QStringLiteral("null"), QStringLiteral("Value must be non-null"));
        const double n = value.toDouble();
        if (min && n < static_cast<double>(*min))
            return invalidValueMessage(
                name, javaString(value), QStringLiteral("Value must be at least ") + QString::number(*min));
        if (max && n > static_cast<double>(*max))
            return invalidValueMessage(name, javaString(value),
                QStringLiteral("Value must be no more than ") + QString::number(*max));
        return std::nullopt;
    };
}

} // namespace

QString typeName(ConfigType type)
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
    return {};
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
    return {};
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
    return {};
}

QString javaString(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return javaDouble(value.toDouble());
    case QMetaType::QStringList:
        return u'[' + value.toStringList().join(QStringLiteral(", ")) + u']';
    default:
        break;
    }
    if (value.typeId() == qMetaTypeId<Password>())
        return Password::hiddenText();
    return value.toString();
}

std::optional<QString> convertToString(const QVariant &value, ConfigType type)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    switch (type) {
    case ConfigType::List:
        return value.toStringList().join(u',');
    case ConfigType::Password:
        return Password::hiddenText();
    default:
        return javaString(value);
    }
}

QString invalidValueMessage(const QString &name, const QString &valueText, const QString &reason)
{
    QString out = QStringLiteral("Invalid value ") + valueText + QStringLiteral(" for configuration ") + name;
    if (!reason.isEmpty())
        out += QStringLiteral(": ") + reason;
    return out;
}

QString missingRequiredMessage(const QString &name)
{
    return QStringLiteral("Missing required configuration \"") + name
        + QStringLiteral("\" which has no default value.");
}

namespace validators {

Validator atLeast(qint64 min)
{
    return rangeValidator(min, std::nullopt);
}

Validator between(qint64 min, qint64 max)
{
    return rangeValidator(min, max);
}

Validator in(const QStringList &allowed)
{
    const QString reason = QStringLiteral("String must be one of: ") + allowed.join(QStringLiteral(", "));
    return [allowed, reason](const QString &name, const QVariant &value) -> std::optional<QString> {
        if (value.isNull() || !allowed.contains(value.toString()))
            return invalidValueMessage(name, javaString(value), reason);
        return std::nullopt;
    };
}

Validator inCaseInsensitive(const QStringList &allowed)
{
    QStringList upper;
    for (const QString &s : allowed)
        upper.append(s.toUpper());
    upper = javaHashSetOrder(upper);
    const QString reason
        = QStringLiteral("String must be one of (case insensitive): ") + upper.join(QStringLiteral(", "));
    return [upper, reason](const QString &name, const QVariant &value) -> std::optional<QString> {
        if (value.isNull() || !upper.contains(value.toString().toUpper()))
            return invalidValueMessage(name, javaString(value), reason);
        return std::nullopt;
    };
}

Validator nonEmptyString()
{
    return [](const QString &name, const QVariant &value) -> std::optional<QString> {
        if (!value.isNull() && value.toString().isEmpty())
            return invalidValueMessage(name, javaString(value), QStringLiteral("String may not be empty"));
        return std::nullopt;
    };
}

} // namespace validators

ConfigDef &ConfigDef::define(ConfigKey key)
{
    const auto it = m_index.constFind(key.name);
    if (it != m_index.cend()) {
        m_keys[*it] = std::move(key); // redefinition replaces, like a later define() upstream would refuse
        return *this;
    }
    m_index.insert(key.name, m_keys.size());
    m_keys.append(std::move(key));
    return *this;
}

ConfigDef &ConfigDef::define(const QString &name, ConfigType type, std::optional<QVariant> defaultValue,
    Validator validator, Importance importance, const QString &documentation)
{
    ConfigKey key;
    key.name = name;
    key.type = type;
    key.defaultValue = std::move(defaultValue);
    key.validator = std::move(validator);
    key.importance = importance;
    key.documentation = documentation;
    return define(std::move(key));
}

const ConfigKey *ConfigDef::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_keys.at(*it);
}

QStringList ConfigDef::names() const
{
    QStringList out;
    out.reserve(m_keys.size());
    for (const ConfigKey &k : m_keys)
        out.append(k.name);
    return out;
}

QVariant ConfigDef::parseType(
    const QString &name, const QString &value, ConfigType type, QString *error, const ClassResolver &classes)
{
    const QString trimmed = value.trimmed();
    auto notANumber = [&] {
        *error = invalidValueMessage(name, value, QStringLiteral("Not a number of type ") + typeName(type));
        return QVariant();
    };
    switch (type) {
    case ConfigType::Boolean:
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        *error
            = invalidValueMessage(name, value, QStringLiteral("Expected value to be either true or false"));
        return {};
    case ConfigType::Password:
        return QVariant::fromValue(Password { trimmed });
    case ConfigType::String:
        return trimmed;
    case ConfigType::Int: {
        const auto v = parseJavaInteger(
            trimmed, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
        return v ? QVariant(static_cast<int>(*v)) : notANumber();
    }
    case ConfigType::Short: {
        const auto v = parseJavaInteger(
            trimmed, std::numeric_limits<qint16>::min(), std::numeric_limits<qint16>::max());
        return v ? QVariant::fromValue(static_cast<qint16>(*v)) : notANumber();
    }
    case ConfigType::Long: {
        const auto v = parseJavaInteger(
            trimmed, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        return v ? QVariant(static_cast<qint64>(*v)) : notANumber();
    }
    case ConfigType::Double: {
        const auto v = parseJavaDouble(trimmed);
        return v ? QVariant(*v) : notANumber();
    }
    case ConfigType::List: {
        if (trimmed.isEmpty())
            return QStringList();
        // trimmed.split("\\s*,\\s*", -1): empty pieces, even trailing ones, are kept.
        static const QRegularExpression comma(QStringLiteral("\\s*,\\s*"));
        return trimmed.split(comma, Qt::KeepEmptyParts);
    }
    case ConfigType::Class:
        if (classes && !classes(trimmed)) {
            *error = invalidValueMessage(
                name, value, QStringLiteral("Class ") + value + QStringLiteral(" could not be found."));
            return {};
        }
        return trimmed;
    }
    return {};
}

ParsedConfig ConfigDef::parse(const Properties &props, const ClassResolver &classes) const
{
    ParsedConfig out;
    out.values.reserve(m_keys.size());
    for (const ConfigKey &key : m_keys) {
        QVariant value;
        if (const auto raw = props.find(key.name)) {
            QString error;
            value = parseType(key.name, *raw, key.type, &error, classes);
            if (!error.isEmpty()) {
                out.errors.append(error);
                out.values.insert(key.name, key.defaultValue.value_or(QVariant()));
                continue;
            }
        } else if (key.required()) {
            out.errors.append(missingRequiredMessage(key.name));
            out.values.insert(key.name, QVariant());
            continue;
        } else {
            value = *key.defaultValue;
        }
        if (key.validator) {
            if (const auto error = key.validator(key.name, value))
                out.errors.append(*error);
        }
        out.values.insert(key.name, value);
    }
    return out;
}

} // namespace cs::config
