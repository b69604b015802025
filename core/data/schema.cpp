#include "data/schema.h"

#include <array>

#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/value.h"

namespace cs::data {

namespace {

constexpr int kIndexedFieldThreshold = 8;

size_t mix(size_t seed, size_t v)
{
    return seed ^ (v + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

size_t computeHash(const SchemaData &d)
{
    size_t h = static_cast<size_t>(d.type) * 31 + (d.optional ? 1 : 0);
    h = mix(h, qHash(d.name));
    h = mix(h, d.version ? static_cast<size_t>(*d.version) + 1 : 0);
    h = mix(h, qHash(d.doc));
    for (const auto &[k, v] : d.parameters) {
        h = mix(h, qHash(k));
        h = mix(h, qHash(v));
    }
    for (const Field &f : d.fields) {
        h = mix(h, qHash(f.name()));
        h = mix(h, f.schema().hash());
    }
    h = mix(h, d.keySchema.hash());
    h = mix(h, d.valueSchema.hash());
    return h;
}

LogicalType logicalFor(const QString &name)
{
    if (name.isNull())
        return LogicalType::None;
    if (name == DecimalSchema::logicalName())
        return LogicalType::Decimal;
    if (name == DateSchema::logicalName())
        return LogicalType::Date;
    if (name == TimeSchema::logicalName())
        return LogicalType::Time;
    if (name == TimestampSchema::logicalName())
        return LogicalType::Timestamp;
    return LogicalType::None;
}

bool sameDefault(const SchemaData &a, const SchemaData &b)
{
    if (a.defaultValue == b.defaultValue)
        return true;
    if (!a.defaultValue || !b.defaultValue)
        return false;
    return *a.defaultValue == *b.defaultValue;
}

Value::Kind expectedKind(const Schema &schema)
{
    switch (schema.logicalType()) {
    case LogicalType::Decimal:
        return Value::Kind::Decimal;
    case LogicalType::Date:
    case LogicalType::Time:
        return Value::Kind::Int32;
    case LogicalType::Timestamp:
        return Value::Kind::Int64;
    case LogicalType::None:
        break;
    }
    return valueKind(schema.type());
}

Status validate(const QString *fieldName, const Schema &schema, const Value &value)
{
    if (value.isNull()) {
        if (!schema.isOptional()) {
            return DataError { QStringLiteral("Invalid value: null used for required field: \"")
                + (fieldName ? *fieldName : QStringLiteral("null")) + QStringLiteral("\", schema type: ")
                + typeName(schema.type()) };
        }
        return {};
    }
    if (value.kind() != expectedKind(schema)) {
        QString message = QStringLiteral("Invalid Java object for schema");
        if (schema.hasName())
            message += QStringLiteral(" \"") + schema.name() + QLatin1Char('"');
        message += QStringLiteral(" with type ") + typeName(schema.type()) + QStringLiteral(": ")
            + value.javaClassName();
        if (fieldName)
            message += QStringLiteral(" for field: \"") + *fieldName + QLatin1Char('"');
        return DataError { message };
    }
    switch (schema.type()) {
    case Type::Struct: {
        const Struct &s = value.structValue();
        if (!(s.schema() == schema))
            return DataError { QStringLiteral("Struct schemas do not match.") };
        return s.validate();
    }
    case Type::Array:
        for (const Value &v : value.array()) {
            if (Status st = validate(nullptr, schema.valueSchema(), v); !st)
                return st;
        }
        return {};
    case Type::Map:
        for (const auto &[k, v] : value.map()) {
            if (Status st = validate(nullptr, schema.keySchema(), k); !st)
                return st;
            if (Status st = validate(nullptr, schema.valueSchema(), v); !st)
                return st;
        }
        return {};
    default:
        return {};
    }
}

} // namespace

QString typeName(Type type)
{
    switch (type) {
    case Type::Int8:
        return QStringLiteral("INT8");
    case Type::Int16:
        return QStringLiteral("INT16");
    case Type::Int32:
        return QStringLiteral("INT32");
    case Type::Int64:
        return QStringLiteral("INT64");
    case Type::Float32:
        return QStringLiteral("FLOAT32");
    case Type::Float64:
        return QStringLiteral("FLOAT64");
    case Type::Boolean:
        return QStringLiteral("BOOLEAN");
    case Type::String:
        return QStringLiteral("STRING");
    case Type::Bytes:
        return QStringLiteral("BYTES");
    case Type::Array:
        return QStringLiteral("ARRAY");
    case Type::Map:
        return QStringLiteral("MAP");
    case Type::Struct:
        return QStringLiteral("STRUCT");
    }
    return {};
}

QString Schema::parameter(QStringView key) const
{
    for (const auto &[k, v] : d->parameters) {
        if (k == key)
            return v;
    }
    return {};
}

const Field *Schema::field(QStringView name) const
{
    if (!d || d->type != Type::Struct)
        return nullptr;
    if (!d->fieldIndex.isEmpty()) {
        auto it = d->fieldIndex.constFind(name.toString());
        return it == d->fieldIndex.cend() ? nullptr : &d->fields[*it];
    }
    for (const Field &f : d->fields) {
        if (f.name() == name)
            return &f;
    }
    return nullptr;
}

const Field *Schema::fieldUtf8(QByteArrayView name) const
{
    if (!d || d->type != Type::Struct)
        return nullptr;
    if (!d->fieldIndex.isEmpty())
        return field(QString::fromUtf8(name));
    for (const Field &f : d->fields) {
        if (f.nameUtf8() == name)
            return &f;
    }
    return nullptr;
}

bool operator==(const Schema &a, const Schema &b)
{
    if (a.d == b.d)
        return true;
    if (!a.d || !b.d)
        return false;
    const SchemaData &x = *a.d;
    const SchemaData &y = *b.d;
    if (x.hash != y.hash)
        return false;
    if (x.type != y.type || x.optional != y.optional || x.version != y.version || x.name != y.name
        || x.doc != y.doc || x.hasParameters != y.hasParameters || x.parameters != y.parameters)
        return false;
    if (x.fields.size() != y.fields.size())
        return false;
    for (qsizetype i = 0; i < x.fields.size(); ++i) {
        if (!(x.fields[i] == y.fields[i]))
            return false;
    }
    return x.keySchema == y.keySchema && x.valueSchema == y.valueSchema && sameDefault(x, y);
}

Status Schema::validateValue(const Value &value) const
{
    return validate(nullptr, *this, value);
}

Status Schema::validateValue(const QString &fieldName, const Value &value) const
{
    return validate(&fieldName, *this, value);
}

QString Schema::toString() const
{
    if (!d)
        return QStringLiteral("null");
    if (hasName())
        return QStringLiteral("Schema{") + d->name + QLatin1Char(':') + typeName(d->type) + QLatin1Char('}');
    return QStringLiteral("Schema{") + typeName(d->type) + QLatin1Char('}');
}

Schema Schema::primitive(Type type, bool optional)
{
    Q_ASSERT(isPrimitive(type));
    // Built once, then shared (thread-safe static initialisation).
    static const auto table = [] {
        std::array<std::array<Schema, 2>, 9> t;
        for (int i = 0; i < 9; ++i) {
            t[static_cast<size_t>(i)][0] = SchemaBuilder(static_cast<Type>(i)).build();
            t[static_cast<size_t>(i)][1] = SchemaBuilder(static_cast<Type>(i)).optional().build();
        }
        return t;
    }();
    return table[static_cast<size_t>(type)][optional ? 1 : 0];
}

Schema Schema::int8()
{
    return primitive(Type::Int8, false);
}
Schema Schema::int16()
{
    return primitive(Type::Int16, false);
}
Schema Schema::int32()
{
    return primitive(Type::Int32, false);
}
Schema Schema::int64()
{
    return primitive(Type::Int64, false);
}
Schema Schema::float32()
{
    return primitive(Type::Float32, false);
}
Schema Schema::float64()
{
    return primitive(Type::Float64, false);
}
Schema Schema::boolean()
{
    return primitive(Type::Boolean, false);
}
Schema Schema::string()
{
    return primitive(Type::String, false);
}
Schema Schema::bytes()
{
    return primitive(Type::Bytes, false);
}
Schema Schema::optionalInt8()
{
    return primitive(Type::Int8, true);
}
Schema Schema::optionalInt16()
{
    return primitive(Type::Int16, true);
}
Schema Schema::optionalInt32()
{
    return primitive(Type::Int32, true);
}
Schema Schema::optionalInt64()
{
    return primitive(Type::Int64, true);
}
Schema Schema::optionalFloat32()
{
    return primitive(Type::Float32, true);
}
Schema Schema::optionalFloat64()
{
    return primitive(Type::Float64, true);
}
Schema Schema::optionalBoolean()
{
    return primitive(Type::Boolean, true);
}
Schema Schema::optionalString()
{
    return primitive(Type::String, true);
}
Schema Schema::optionalBytes()
{
    return primitive(Type::Bytes, true);
}

// ---- SchemaBuilder ----

SchemaBuilder::SchemaBuilder(Type type)
    : m_data(std::make_shared<SchemaData>())
{
    m_data->type = type;
}

SchemaBuilder SchemaBuilder::array(const Schema &valueSchema)
{
    SchemaBuilder b(Type::Array);
    if (valueSchema.isNull())
        b.fail(QStringLiteral("valueSchema cannot be null."));
    b.m_data->valueSchema = valueSchema;
    return b;
}

SchemaBuilder SchemaBuilder::map(const Schema &keySchema, const Schema &valueSchema)
{
    SchemaBuilder b(Type::Map);
    if (keySchema.isNull())
        b.fail(QStringLiteral("keySchema cannot be null."));
    else if (valueSchema.isNull())
        b.fail(QStringLiteral("valueSchema cannot be null."));
    b.m_data->keySchema = keySchema;
    b.m_data->valueSchema = valueSchema;
    return b;
}

SchemaBuilder SchemaBuilder::from(const Schema &schema)
{
    SchemaBuilder b(schema.type());
    *b.m_data = *schema.d;
    b.m_optionalSet = true;
    return b;
}

void SchemaBuilder::fail(const QString &message, const QString &cause)
{
    if (!m_error)
        m_error = DataError { message, cause };
}

void SchemaBuilder::ensureUnique()
{
    if (m_data.use_count() > 1)
        m_data = std::make_shared<SchemaData>(*m_data);
}

SchemaBuilder &SchemaBuilder::optional()
{
    ensureUnique();
    if (m_optionalSet && !m_data->optional)
        fail(QStringLiteral("Invalid SchemaBuilder call: optional has already been set."));
    m_data->optional = true;
    m_optionalSet = true;
    return *this;
}

SchemaBuilder &SchemaBuilder::required()
{
    ensureUnique();
    if (m_optionalSet && m_data->optional)
        fail(QStringLiteral("Invalid SchemaBuilder call: optional has already been set."));
    m_data->optional = false;
    m_optionalSet = true;
    return *this;
}

SchemaBuilder &SchemaBuilder::name(const QString &name)
{
    ensureUnique();
    if (!m_data->name.isNull() && m_data->name != name)
        fail(QStringLiteral("Invalid SchemaBuilder call: name has already been set."));
    m_data->name = name;
    return *this;
}

SchemaBuilder &SchemaBuilder::version(int version)
{
    ensureUnique();
    if (m_data->version && *m_data->version != version)
        fail(QStringLiteral("Invalid SchemaBuilder call: version has already been set."));
    m_data->version = version;
    return *this;
}

SchemaBuilder &SchemaBuilder::doc(const QString &doc)
{
    ensureUnique();
    if (!m_data->doc.isNull() && m_data->doc != doc)
        fail(QStringLiteral("Invalid SchemaBuilder call: doc has already been set."));
    m_data->doc = doc;
    return *this;
}

SchemaBuilder &SchemaBuilder::parameter(const QString &key, const QString &value)
{
    ensureUnique();
    m_data->hasParameters = true;
    for (auto &entry : m_data->parameters) {
        if (entry.first == key) {
            entry.second = value; // LinkedHashMap keeps the first insertion position
            return *this;
        }
    }
    m_data->parameters.append({ key, value });
    return *this;
}

SchemaBuilder &SchemaBuilder::parameters(const Parameters &params)
{
    ensureUnique();
    m_data->hasParameters = true;
    for (const auto &[k, v] : params)
        parameter(k, v);
    return *this;
}

SchemaBuilder &SchemaBuilder::defaultValue(const Value &value)
{
    ensureUnique();
    if (m_data->defaultValue && !(*m_data->defaultValue == value))
        fail(QStringLiteral("Invalid SchemaBuilder call: default has already been set."));
    if (Status s = snapshot().validateValue(value); !s) {
        fail(QStringLiteral("Invalid default value"), s.error().message);
        return *this;
    }
    m_data->defaultValue = std::make_shared<const Value>(value);
    return *this;
}

SchemaBuilder &SchemaBuilder::field(const QString &name, const Schema &schema)
{
    ensureUnique();
    if (m_data->type != Type::Struct) {
        fail(QStringLiteral("Cannot create fields on type ") + typeName(m_data->type));
        return *this;
    }
    if (name.isEmpty()) {
        fail(QStringLiteral("fieldName cannot be null."));
        return *this;
    }
    if (schema.isNull()) {
        fail(QStringLiteral("fieldSchema for field ") + name + QStringLiteral(" cannot be null."));
        return *this;
    }
    for (const Field &f : m_data->fields) {
        if (f.name() == name) {
            fail(QStringLiteral("Cannot create field because of field name duplication ") + name);
            return *this;
        }
    }
    m_data->fields.append(Field(name, static_cast<int>(m_data->fields.size()), schema));
    return *this;
}

Schema SchemaBuilder::snapshot() const
{
    auto data = std::make_shared<SchemaData>(*m_data);
    data->logical = logicalFor(data->name);
    data->fieldIndex.clear();
    if (data->fields.size() > kIndexedFieldThreshold) {
        for (const Field &f : data->fields)
            data->fieldIndex.insert(f.name(), f.index());
    }
    data->hash = computeHash(*data);
    return Schema(std::shared_ptr<const SchemaData>(std::move(data)));
}

Result<Schema> SchemaBuilder::tryBuild() const
{
    if (m_error)
        return *m_error;
    return snapshot();
}

Schema SchemaBuilder::build() const
{
    if (m_error)
        return {};
    return snapshot();
}

Value::Kind valueKind(Type type)
{
    switch (type) {
    case Type::Int8:
        return Value::Kind::Int8;
    case Type::Int16:
        return Value::Kind::Int16;
    case Type::Int32:
        return Value::Kind::Int32;
    case Type::Int64:
        return Value::Kind::Int64;
    case Type::Float32:
        return Value::Kind::Float32;
    case Type::Float64:
        return Value::Kind::Float64;
    case Type::Boolean:
        return Value::Kind::Boolean;
    case Type::String:
        return Value::Kind::String;
    case Type::Bytes:
        return Value::Kind::Bytes;
    case Type::Array:
        return Value::Kind::Array;
    case Type::Map:
        return Value::Kind::Map;
    case Type::Struct:
        return Value::Kind::Struct;
    }
    return Value::Kind::Null;
}

} // namespace cs::data
