#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include "data/dataerror.h"

namespace cs::data {

class Value;
class Field;
class SchemaBuilder;
struct SchemaData;

// Connect's schema types; typeName() gives upstream's enum names (INT8 ... STRUCT) used in error texts.
enum class Type : quint8
{
    Int8,
    Int16,
    Int32,
    Int64,
    Float32,
    Float64,
    Boolean,
    String,
    Bytes,
    Array,
    Map,
    Struct
};
QString typeName(Type type);
inline bool isPrimitive(Type type)
{
    return type != Type::Array && type != Type::Map && type != Type::Struct;
}

// The logical type a schema's name selects (Decimal, Date, Time, Timestamp), resolved once when the
// schema is built so that hot paths do not compare names.
enum class LogicalType : quint8
{
    None,
    Decimal,
    Date,
    Time,
    Timestamp
};

// Schema parameters in insertion order (Java's LinkedHashMap), e.g. Decimal's {"scale": "2"} followed
// by the JDBC connector's "connect.decimal.precision".
using Parameters = QList<QPair<QString, QString>>;

// A Kafka Connect schema (ConnectSchema). A handle to immutable shared data: copying is one atomic
// reference increment, so schemas are cheap to pass between threads and to keep in every Struct. A
// default-constructed Schema is the "null schema" (schemaless data). Build schemas with SchemaBuilder or
// use the predefined ones (Schema::int64(), Schema::optionalString(), ...).
class Schema
{
public:
    Schema() = default;

    bool isNull() const { return !d; }
    explicit operator bool() const { return bool(d); }

    Type type() const;
    bool isOptional() const;
    // nullptr when the schema has no default value (Java's defaultValue() == null).
    const Value *defaultValue() const;
    // Null QString when absent.
    const QString &name() const;
    bool hasName() const;
    std::optional<int> version() const;
    LogicalType logicalType() const;
    const QString &doc() const;
    bool hasDoc() const;
    // Whether parameters were set at all (Java distinguishes null from an empty map; JSON writes {}).
    bool hasParameters() const;
    const Parameters &parameters() const;
    // The parameter's value, or a null QString.
    QString parameter(QStringView key) const;

    // Struct fields in order (empty for other types).
    const QList<Field> &fields() const;
    // nullptr if there is no such field (or this is not a struct).
    const Field *field(QStringView name) const;
    const Field *fieldUtf8(QByteArrayView name) const;

    // Key schema of a map; value schema of a map or array (null schema otherwise).
    Schema keySchema() const;
    Schema valueSchema() const;

    // Structural hash and equality (ConnectSchema.equals: type, optional, name, version, doc,
    // parameters, children, fields and default values); identical handles compare in O(1).
    size_t hash() const;
    friend bool operator==(const Schema &a, const Schema &b);
    friend bool operator!=(const Schema &a, const Schema &b) { return !(a == b); }
    bool sameInstance(const Schema &other) const { return d == other.d; }
    const void *identity() const { return d.get(); }

    // Upstream's ConnectSchema.validateValue(name, schema, value) with its DataException texts.
    Status validateValue(const Value &value) const;
    Status validateValue(const QString &fieldName, const Value &value) const;

    // Java's ConnectSchema.toString(): "Schema{NAME:TYPE}" or "Schema{TYPE}".
    QString toString() const;

    // Predefined schemas (Schema.INT8_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA, ...), shared singletons.
    static Schema int8();
    static Schema int16();
    static Schema int32();
    static Schema int64();
    static Schema float32();
    static Schema float64();
    static Schema boolean();
    static Schema string();
    static Schema bytes();
    static Schema optionalInt8();
    static Schema optionalInt16();
    static Schema optionalInt32();
    static Schema optionalInt64();
    static Schema optionalFloat32();
    static Schema optionalFloat64();
    static Schema optionalBoolean();
    static Schema optionalString();
    static Schema optionalBytes();
    static Schema primitive(Type type, bool optional);

private:
    friend class SchemaBuilder;
    explicit Schema(std::shared_ptr<const SchemaData> data)
        : d(std::move(data))
    { }
    std::shared_ptr<const SchemaData> d;
};

// A struct field: name, position and schema. The name is kept as QString (UI) and as UTF-8 (the JSON
// path compares and writes bytes without conversions).
class Field
{
public:
    Field() = default;
    Field(QString name, int index, Schema schema)
        : m_name(std::move(name))
        , m_nameUtf8(m_name.toUtf8())
        , m_index(index)
        , m_schema(std::move(schema))
    { }

    const QString &name() const { return m_name; }
    const QByteArray &nameUtf8() const { return m_nameUtf8; }
    int index() const { return m_index; }
    const Schema &schema() const { return m_schema; }

    friend bool operator==(const Field &a, const Field &b)
    {
        return a.m_index == b.m_index && a.m_name == b.m_name && a.m_schema == b.m_schema;
    }

private:
    QString m_name;
    QByteArray m_nameUtf8;
    int m_index = -1;
    Schema m_schema;
};

// The shared, immutable body of a Schema. Written only by SchemaBuilder before it is published.
struct SchemaData
{
    Type type = Type::Int8;
    bool optional = false;
    bool hasParameters = false;
    LogicalType logical = LogicalType::None;
    std::optional<int> version;
    std::shared_ptr<const Value> defaultValue;
    QString name;
    QString doc;
    Parameters parameters;
    QList<Field> fields;
    QHash<QString, int> fieldIndex; // only for structs with many fields; small ones are scanned
    Schema keySchema;
    Schema valueSchema;
    size_t hash = 0;
};

inline Type Schema::type() const
{
    return d->type;
}
inline bool Schema::isOptional() const
{
    return d->optional;
}
inline const Value *Schema::defaultValue() const
{
    return d->defaultValue.get();
}
inline const QString &Schema::name() const
{
    return d->name;
}
inline bool Schema::hasName() const
{
    return !d->name.isNull();
}
inline std::optional<int> Schema::version() const
{
    return d->version;
}
inline LogicalType Schema::logicalType() const
{
    return d->logical;
}
inline const QString &Schema::doc() const
{
    return d->doc;
}
inline bool Schema::hasDoc() const
{
    return !d->doc.isNull();
}
inline bool Schema::hasParameters() const
{
    return d->hasParameters;
}
inline const Parameters &Schema::parameters() const
{
    return d->parameters;
}
inline const QList<Field> &Schema::fields() const
{
    return d->fields;
}
inline Schema Schema::keySchema() const
{
    return d->keySchema;
}
inline Schema Schema::valueSchema() const
{
    return d->valueSchema;
}
inline size_t Schema::hash() const
{
    return d ? d->hash : 0;
}

} // namespace cs::data
