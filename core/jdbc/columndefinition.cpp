#include "jdbc/columndefinition.h"

#include "data/logicaltypes.h"
#include "data/schemabuilder.h"

namespace cs::jdbc {

using cs::data::Schema;
using cs::data::SchemaBuilder;

const ColumnDefinition *TableDefinition::column(const QString &name) const
{
    for (const ColumnDefinition &c : columns) {
        if (c.name == name)
            return &c;
    }
    const ColumnDefinition *found = nullptr;
    for (const ColumnDefinition &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return nullptr; // ambiguous
            found = &c;
        }
    }
    return found;
}

QStringList TableDefinition::columnNames() const
{
    QStringList out;
    for (const ColumnDefinition &c : columns)
        out << c.name;
    return out;
}

QStringList TableDefinition::primaryKeyColumns() const
{
    QStringList out;
    for (const ColumnDefinition &c : columns) {
        if (c.primaryKey)
            out << c.name;
    }
    return out;
}

bool parseNumericMapping(const QString &text, NumericMapping *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none"))
        *out = NumericMapping::None;
    else if (t == QLatin1String("precision_only"))
        *out = NumericMapping::PrecisionOnly;
    else if (t == QLatin1String("best_fit"))
        *out = NumericMapping::BestFit;
    else if (t == QLatin1String("best_fit_eager_double"))
        *out = NumericMapping::BestFitEagerDouble;
    else
        return false;
    return true;
}

namespace {

constexpr int kMaxIntegerPrecision = 18;
constexpr int kNumericScaleMin = -84;

SchemaBuilder integerBuilderForPrecision(int precision)
{
    if (precision > 9)
        return SchemaBuilder::int64();
    if (precision > 4)
        return SchemaBuilder::int32();
    if (precision > 2)
        return SchemaBuilder::int16();
    return SchemaBuilder::int8();
}

Schema finish(SchemaBuilder builder, bool optional)
{
    if (optional)
        builder.optional();
    return builder.build();
}

Schema decimalSchema(const ColumnDefinition &column, bool optional)
{
    // Upstream reads an unknown scale (-127) as 127.
    const int scale = column.scale.value_or(127);
    SchemaBuilder b = cs::data::DecimalSchema::builder(scale);
    b.parameter(QStringLiteral("connect.decimal.precision"), QString::number(column.precision));
    return finish(b, optional);
}

} // namespace

Schema connectSchemaFor(const ColumnDefinition &column, NumericMapping mapping)
{
    const bool optional = column.isOptional();
    switch (column.sqlType) {
    case SqlType::Boolean:
        return finish(SchemaBuilder::boolean(), optional);
    case SqlType::Bit:
        return finish(SchemaBuilder::int8(), optional);
    case SqlType::TinyInt:
        return finish(column.isSigned ? SchemaBuilder::int8() : SchemaBuilder::int16(), optional);
    case SqlType::SmallInt:
        return finish(column.isSigned ? SchemaBuilder::int16() : SchemaBuilder::int32(), optional);
    case SqlType::Integer:
        return finish(column.isSigned ? SchemaBuilder::int32() : SchemaBuilder::int64(), optional);
    case SqlType::BigInt:
        return finish(SchemaBuilder::int64(), optional);
    case SqlType::Real:
        return finish(SchemaBuilder::float32(), optional);
    case SqlType::Float:
    case SqlType::Double:
        return finish(SchemaBuilder::float64(), optional);
    case SqlType::Numeric: {
        const int precision = column.precision;
        const int scale = column.scale.value_or(127);
        switch (mapping) {
        case NumericMapping::PrecisionOnly:
            if (scale == 0 && precision <= kMaxIntegerPrecision)
                return finish(integerBuilderForPrecision(precision), optional);
            break;
        case NumericMapping::BestFit:
            if (precision <= kMaxIntegerPrecision) {
                if (scale >= kNumericScaleMin && scale <= 0)
                    return finish(integerBuilderForPrecision(precision), optional);
                if (scale > 0)
                    return finish(SchemaBuilder::float64(), optional);
            }
            break;
        case NumericMapping::BestFitEagerDouble:
            if (scale >= kNumericScaleMin && scale <= 0 && precision <= kMaxIntegerPrecision)
                return finish(integerBuilderForPrecision(precision), optional);
            if (scale > 0)
                return finish(SchemaBuilder::float64(), optional);
            break;
        case NumericMapping::None:
            break;
        }
        return decimalSchema(column, optional);
    }
    case SqlType::Decimal:
        return decimalSchema(column, optional);
    case SqlType::Char:
    case SqlType::VarChar:
    case SqlType::LongVarChar:
    case SqlType::Clob:
    case SqlType::OtherString:
        return finish(SchemaBuilder::string(), optional);
    case SqlType::Binary:
    case SqlType::VarBinary:
    case SqlType::LongVarBinary:
    case SqlType::Blob:
        return finish(SchemaBuilder::bytes(), optional);
    case SqlType::Date:
        return finish(cs::data::DateSchema::builder(), optional);
    case SqlType::Time:
        return finish(cs::data::TimeSchema::builder(), optional);
    case SqlType::Timestamp:
        return finish(cs::data::TimestampSchema::builder(), optional);
    case SqlType::Array:
    case SqlType::Other:
        break;
    }
    return {};
}

} // namespace cs::jdbc
