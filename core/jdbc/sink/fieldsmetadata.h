#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "connect/records.h"
#include "data/dataerror.h"
#include "data/schema.h"
#include "data/value.h"
#include "jdbc/databasedialect.h"
#include "jdbc/sink/jdbcsinkconfig.h"

namespace cs::jdbc {

// Where a column's value comes from in a record.
enum class ColumnSource
{
    KafkaTopic,
    KafkaPartition,
    KafkaOffset,
    KeyPrimitive, // the whole (primitive) record key
    KeyField, // a field of the record key struct
    ValueField, // a field of the record value struct
    ValueString // the whole STRING record value
};

struct SinkColumn
{
    SinkField field;
    ColumnSource source = ColumnSource::ValueField;
    int fieldIndex = -1; // KeyField / ValueField: the struct field's index
};

// The columns a record with given key and value schemas writes (upstream's FieldsMetadata.extract,
// §5.3): key columns in primary-key order, non-key columns in value order, and every field in DDL
// order (default kafka coordinates, then value fields in schema order, then the rest by name). A
// plain value type; the schemas it was built from are kept to recognise the next record's.
struct FieldsMetadata
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::FieldsMetadata)
public:
    QList<SinkColumn> keyColumns;
    QList<SinkColumn> nonKeyColumns;
    QList<SinkField> allFields; // DDL order
    cs::data::Schema keySchema;
    cs::data::Schema valueSchema;

    QStringList keyNames() const;
    QStringList nonKeyNames() const;

    // Upstream's errors ("PK mode for table '<t>' is ...", "No fields found using key and value schemas
    // for table: <t>", "Value schema must be of type Struct or String", ...). `tableName` is the table
    // as messages show it.
    static cs::data::Result<FieldsMetadata> extract(const QString &tableName, const JdbcSinkConfig &config,
        const cs::data::Schema &keySchema, const cs::data::Schema &valueSchema);

    // The value of `column` in `record` (defaults applied per replace.null.with.default).
    static cs::data::Value valueOf(
        const SinkColumn &column, const connect::SinkRecord &record, bool replaceNullWithDefault);
};

} // namespace cs::jdbc
