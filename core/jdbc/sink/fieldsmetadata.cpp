#include "jdbc/sink/fieldsmetadata.h"

#include <algorithm>

#include "data/struct.h"

namespace cs::jdbc {

using cs::data::DataError;
using cs::data::Schema;
using cs::data::Type;
using cs::data::Value;

namespace {

// Java's List.toString: "[a, b]".
QString javaList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

SinkColumn column(const QString &name, const Schema &schema, bool pk, ColumnSource source, int index = -1)
{
    SinkColumn c;
    c.field.name = name;
    c.field.schema = schema;
    c.field.primaryKey = pk;
    c.source = source;
    c.fieldIndex = index;
    return c;
}

} // namespace

QStringList FieldsMetadata::keyNames() const
{
    QStringList out;
    for (const SinkColumn &c : keyColumns)
        out << c.field.name;
    return out;
}

QStringList FieldsMetadata::nonKeyNames() const
{
    QStringList out;
    for (const SinkColumn &c : nonKeyColumns)
        out << c.field.name;
    return out;
}

cs::data::Result<FieldsMetadata> FieldsMetadata::extract(const QString &tableName,
    const JdbcSinkConfig &config, const Schema &keySchema, const Schema &valueSchema)
{
    if (valueSchema && valueSchema.type() != Type::Struct && valueSchema.type() != Type::String)
        return DataError(QStringLiteral("Value schema must be of type Struct or String"));
    const bool stringValue = valueSchema && valueSchema.type() == Type::String;

    FieldsMetadata m;
    m.keySchema = keySchema;
    m.valueSchema = valueSchema;
    const QStringList &pkFields = config.pkFields;

    switch (config.pkMode) {
    case PrimaryKeyMode::None:
        break;
    case PrimaryKeyMode::Kafka: {
        QStringList names;
        if (pkFields.isEmpty()) {
            names = defaultKafkaPkNames();
        } else if (pkFields.size() == 3) {
            names = pkFields;
        } else {
            return DataError(QStringLiteral("PK mode for table '") + tableName
                + QStringLiteral("' is KAFKA so there should either be no field names defined for defaults ")
                + javaList(defaultKafkaPkNames())
                + QStringLiteral(" to be applicable, or exactly 3, defined fields are: ")
                + javaList(pkFields));
        }
        m.keyColumns << column(names.at(0), Schema::string(), true, ColumnSource::KafkaTopic)
                     << column(names.at(1), Schema::int32(), true, ColumnSource::KafkaPartition)
                     << column(names.at(2), Schema::int64(), true, ColumnSource::KafkaOffset);
        break;
    }
    case PrimaryKeyMode::RecordKey: {
        if (!keySchema)
            return DataError(QStringLiteral("PK mode for table '") + tableName
                + QStringLiteral("' is RECORD_KEY, but record key schema is missing"));
        if (cs::data::isPrimitive(keySchema.type())) {
            if (pkFields.size() != 1)
                return DataError(QStringLiteral("Need exactly one PK column defined since the key schema for "
                                                "records is a primitive type, defined columns are: ")
                    + javaList(pkFields));
            m.keyColumns << column(pkFields.first(), keySchema, true, ColumnSource::KeyPrimitive);
        } else if (keySchema.type() == Type::Struct) {
            if (pkFields.isEmpty()) {
                for (const cs::data::Field &f : keySchema.fields())
                    m.keyColumns << column(f.name(), f.schema(), true, ColumnSource::KeyField, f.index());
            } else {
                for (const QString &name : pkFields) {
                    const cs::data::Field *f = keySchema.field(name);
                    if (!f)
                        return DataError(QStringLiteral("PK mode for table '") + tableName
                            + QStringLiteral("' is RECORD_KEY with configured PK fields ")
                            + javaList(pkFields)
                            + QStringLiteral(", but record key schema does not contain field: ") + name);
                    m.keyColumns << column(f->name(), f->schema(), true, ColumnSource::KeyField, f->index());
                }
            }
        } else {
            return DataError(QStringLiteral("Key schema must be primitive type or Struct, but is of type: ")
                + cs::data::typeName(keySchema.type()));
        }
        break;
    }
    case PrimaryKeyMode::RecordValue: {
        if (!valueSchema || stringValue)
            return DataError(QStringLiteral("PK mode for table '") + tableName
                + QStringLiteral("' is RECORD_VALUE, but record value schema is missing or is not a Struct"));
        if (pkFields.isEmpty()) {
            for (const cs::data::Field &f : valueSchema.fields())
                m.keyColumns << column(f.name(), f.schema(), true, ColumnSource::ValueField, f.index());
        } else {
            for (const QString &name : pkFields) {
                const cs::data::Field *f = valueSchema.field(name);
                if (!f)
                    return DataError(QStringLiteral("PK mode for table '") + tableName
                        + QStringLiteral("' is RECORD_VALUE with configured PK fields ") + javaList(pkFields)
                        + QStringLiteral(", but record value schema does not contain field: ") + name);
                m.keyColumns << column(f->name(), f->schema(), true, ColumnSource::ValueField, f->index());
            }
        }
        break;
    }
    }

    const QStringList keys = m.keyNames();
    if (stringValue) {
        m.nonKeyColumns << column(
            config.stringValueColumn, Schema::optionalString(), false, ColumnSource::ValueString);
    } else if (valueSchema) {
        for (const cs::data::Field &f : valueSchema.fields()) {
            if (keys.contains(f.name()))
                continue;
            if (!config.fieldsWhitelist.isEmpty() && !config.fieldsWhitelist.contains(f.name()))
                continue;
            SinkColumn c = column(f.name(), f.schema(), false, ColumnSource::ValueField, f.index());
            c.field.timestampField = config.timestampFields.contains(f.name());
            m.nonKeyColumns << c;
        }
    }
    if (m.keyColumns.isEmpty() && m.nonKeyColumns.isEmpty())
        return DataError(
            QStringLiteral("No fields found using key and value schemas for table: ") + tableName);

    // DDL order: the default kafka coordinates, value fields in schema order, then the rest by name.
    QList<SinkField> ordered;
    QSet<QString> placed;
    auto byName = [&](const QString &name) -> const SinkField * {
        for (const SinkColumn &c : std::as_const(m.keyColumns))
            if (c.field.name == name)
                return &c.field;
        for (const SinkColumn &c : std::as_const(m.nonKeyColumns))
            if (c.field.name == name)
                return &c.field;
        return nullptr;
    };
    for (const QString &name : defaultKafkaPkNames()) {
        if (const SinkField *f = byName(name)) {
            ordered << *f;
            placed.insert(name);
        }
    }
    if (valueSchema && !stringValue) {
        for (const cs::data::Field &vf : valueSchema.fields()) {
            if (placed.contains(vf.name()))
                continue;
            if (const SinkField *f = byName(vf.name())) {
                ordered << *f;
                placed.insert(vf.name());
            }
        }
    }
    QStringList rest;
    for (const SinkColumn &c : std::as_const(m.keyColumns))
        if (!placed.contains(c.field.name))
            rest << c.field.name;
    for (const SinkColumn &c : std::as_const(m.nonKeyColumns))
        if (!placed.contains(c.field.name))
            rest << c.field.name;
    std::sort(rest.begin(), rest.end());
    for (const QString &name : std::as_const(rest))
        ordered << *byName(name);
    m.allFields = ordered;
    return m;
}

Value FieldsMetadata::valueOf(
    const SinkColumn &column, const connect::SinkRecord &record, bool replaceNullWithDefault)
{
    switch (column.source) {
    case ColumnSource::KafkaTopic:
        return Value::fromString(record.topic);
    case ColumnSource::KafkaPartition:
        return Value(qint32(record.kafkaPartition));
    case ColumnSource::KafkaOffset:
        return Value(qint64(record.kafkaOffset));
    case ColumnSource::KeyPrimitive:
        return record.key;
    case ColumnSource::KeyField:
        if (record.key.kind() != Value::Kind::Struct)
            return Value();
        return record.key.structValue().get(column.fieldIndex);
    case ColumnSource::ValueField:
        if (record.value.kind() != Value::Kind::Struct)
            return Value();
        return replaceNullWithDefault ? record.value.structValue().get(column.fieldIndex)
                                      : record.value.structValue().getWithoutDefault(column.fieldIndex);
    case ColumnSource::ValueString:
        return record.value;
    }
    return Value();
}

} // namespace cs::jdbc
