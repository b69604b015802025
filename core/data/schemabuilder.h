#pragma once

#include <memory>

#include "data/dataerror.h"
#include "data/schema.h"

namespace cs::data {

// Builds a Schema (Java's SchemaBuilder): set the type, then optional(), name(), version(), doc(),
// parameter(), defaultValue(), field() in any order, then build(). Misuse is recorded with upstream's
// SchemaBuilderException text (the first error wins) and reported by tryBuild()/error(), not thrown.
// A builder is a plain value used on one thread; the built Schema is immutable and shareable.
class SchemaBuilder
{
public:
    explicit SchemaBuilder(Type type);

    static SchemaBuilder int8() { return SchemaBuilder(Type::Int8); }
    static SchemaBuilder int16() { return SchemaBuilder(Type::Int16); }
    static SchemaBuilder int32() { return SchemaBuilder(Type::Int32); }
    static SchemaBuilder int64() { return SchemaBuilder(Type::Int64); }
    static SchemaBuilder float32() { return SchemaBuilder(Type::Float32); }
    static SchemaBuilder float64() { return SchemaBuilder(Type::Float64); }
    static SchemaBuilder boolean() { return SchemaBuilder(Type::Boolean); }
    static SchemaBuilder string() { return SchemaBuilder(Type::String); }
    static SchemaBuilder bytes() { return SchemaBuilder(Type::Bytes); }
    static SchemaBuilder structure() { return SchemaBuilder(Type::Struct); }
    static SchemaBuilder array(const Schema &valueSchema);
    static SchemaBuilder map(const Schema &keySchema, const Schema &valueSchema);
    // A builder initialised from an existing schema (all properties, fields and default).
    static SchemaBuilder from(const Schema &schema);

    SchemaBuilder &optional();
    SchemaBuilder &required();
    SchemaBuilder &name(const QString &name);
    SchemaBuilder &version(int version);
    SchemaBuilder &doc(const QString &doc);
    SchemaBuilder &parameter(const QString &key, const QString &value);
    SchemaBuilder &parameters(const Parameters &params);
    // Validated against the schema built so far ("Invalid default value").
    SchemaBuilder &defaultValue(const Value &value);
    SchemaBuilder &field(const QString &name, const Schema &schema);

    Type type() const { return m_data->type; }
    bool isOptional() const { return m_data->optional; }
    const QString &schemaName() const { return m_data->name; }
    const Parameters &schemaParameters() const { return m_data->parameters; }

    // The schema, or the first recorded error.
    Result<Schema> tryBuild() const;
    // The schema; a null Schema if an error was recorded (check error()).
    Schema build() const;
    // The schema as built so far, without error checks (used to convert default values).
    Schema snapshot() const;
    const DataError *error() const { return m_error ? &*m_error : nullptr; }

private:
    void fail(const QString &message, const QString &cause = {});
    void ensureUnique();

    std::shared_ptr<SchemaData> m_data;
    std::optional<DataError> m_error;
    bool m_optionalSet = false;
};

} // namespace cs::data
