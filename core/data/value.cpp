#include "data/value.h"

#include <QStringList>

#include "data/javanumber.h"

namespace cs::data {

namespace {
const QByteArray kEmptyBytes;
const Decimal kZeroDecimal;
const ValueList kEmptyList;
const ValueMap kEmptyMap;
const Struct kInvalidStruct;
} // namespace

const QByteArray &Value::stringUtf8() const
{
    const Utf8 *p = std::get_if<Utf8>(&m_v);
    return p ? p->data : kEmptyBytes;
}

const QByteArray &Value::bytesValue() const
{
    const Bytes *p = std::get_if<Bytes>(&m_v);
    return p ? p->data : kEmptyBytes;
}

const Decimal &Value::decimal() const
{
    const Decimal *p = std::get_if<Decimal>(&m_v);
    return p ? *p : kZeroDecimal;
}

const ValueList &Value::array() const
{
    const ValueList *p = std::get_if<ValueList>(&m_v);
    return p ? *p : kEmptyList;
}

const ValueMap &Value::map() const
{
    const ValueMap *p = std::get_if<ValueMap>(&m_v);
    return p ? *p : kEmptyMap;
}

const Struct &Value::structValue() const
{
    const Struct *p = std::get_if<Struct>(&m_v);
    return p ? *p : kInvalidStruct;
}

QString Value::javaClassName() const
{
    switch (kind()) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Boolean:
        return QStringLiteral("class java.lang.Boolean");
    case Kind::Int8:
        return QStringLiteral("class java.lang.Byte");
    case Kind::Int16:
        return QStringLiteral("class java.lang.Short");
    case Kind::Int32:
        return QStringLiteral("class java.lang.Integer");
    case Kind::Int64:
        return QStringLiteral("class java.lang.Long");
    case Kind::Float32:
        return QStringLiteral("class java.lang.Float");
    case Kind::Float64:
        return QStringLiteral("class java.lang.Double");
    case Kind::String:
        return QStringLiteral("class java.lang.String");
    case Kind::Bytes:
        return QStringLiteral("class [B");
    case Kind::Decimal:
        return QStringLiteral("class java.math.BigDecimal");
    case Kind::Array:
        return QStringLiteral("class java.util.ArrayList");
    case Kind::Map:
        return QStringLiteral("class java.util.HashMap");
    case Kind::Struct:
        return QStringLiteral("class org.apache.kafka.connect.data.Struct");
    }
    return {};
}

QString Value::toString() const
{
    switch (kind()) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Boolean:
        return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Int8:
        return QString::number(toInt8());
    case Kind::Int16:
        return QString::number(toInt16());
    case Kind::Int32:
        return QString::number(toInt32());
    case Kind::Int64:
        return QString::number(toInt64());
    case Kind::Float32:
        return QString::fromLatin1(javaFloatToString(toFloat()));
    case Kind::Float64:
        return QString::fromLatin1(javaDoubleToString(toDouble()));
    case Kind::String:
        return toQString();
    case Kind::Bytes:
        // Java prints an identity hash ("[B@1b6d3586"); the bytes in base64 are more useful and stable.
        return QStringLiteral("[B@") + QString::fromLatin1(bytesValue().toBase64());
    case Kind::Decimal:
        return decimal().toString();
    case Kind::Array: {
        QStringList parts;
        for (const Value &v : array())
            parts.append(v.toString());
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case Kind::Map: {
        QStringList parts;
        for (const auto &[k, v] : map())
            parts.append(k.toString() + QLatin1Char('=') + v.toString());
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case Kind::Struct:
        return structValue().toString();
    }
    return {};
}

bool operator==(const Value &a, const Value &b)
{
    return a.m_v == b.m_v;
}

} // namespace cs::data
