#include "converters/bytearrayconverter.h"

namespace cs::converters {

using data::DataError;
using data::Result;
using data::Schema;
using data::SchemaAndValue;
using data::Status;
using data::Type;
using data::Value;

Status ByteArrayConverter::configure(const ConverterConfig &, bool)
{
    return {};
}

Result<QByteArray> ByteArrayConverter::fromConnectData(QStringView, const Schema &schema, const Value &value)
{
    if (!schema.isNull() && schema.type() != Type::Bytes) {
        return DataError { QStringLiteral("Invalid schema type for ByteArrayConverter: ")
            + data::typeName(schema.type()) };
    }
    if (value.isNull())
        return QByteArray();
    if (value.kind() != Value::Kind::Bytes) {
        return DataError { QStringLiteral("ByteArrayConverter is not compatible with objects of type ")
            + value.javaClassName() };
    }
    const QByteArray &bytes = value.bytesValue();
    // A non-null value is never a tombstone, even when empty.
    return bytes.isNull() ? QByteArray("") : bytes;
}

Result<SchemaAndValue> ByteArrayConverter::toConnectData(QStringView, QByteArrayView bytes)
{
    if (bytes.isNull())
        return SchemaAndValue { Schema::optionalBytes(), Value() };
    return SchemaAndValue { Schema::optionalBytes(), Value::bytes(bytes.toByteArray()) };
}

} // namespace cs::converters
