#include "data/logicaltypes.h"

#include "data/decimal.h"
#include "data/value.h"

namespace cs::data {

namespace {
const QDate kEpochDate(1970, 1, 1);
} // namespace

const QString &DecimalSchema::logicalName()
{
    static const QString name = QStringLiteral("org.apache.kafka.connect.data.Decimal");
    return name;
}

SchemaBuilder DecimalSchema::builder(int scale)
{
    SchemaBuilder b = SchemaBuilder::bytes();
    b.name(logicalName()).parameter(scaleParameter(), QString::number(scale)).version(1);
    return b;
}

Schema DecimalSchema::schema(int scale, bool optional)
{
    SchemaBuilder b = builder(scale);
    if (optional)
        b.optional();
    return b.build();
}

Result<int> DecimalSchema::scale(const Schema &schema)
{
    const QString text = schema.isNull() ? QString() : schema.parameter(scaleParameter());
    if (text.isNull())
        return DataError { QStringLiteral("Invalid Decimal schema: scale parameter not found.") };
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return DataError { QStringLiteral("Invalid scale parameter found in Decimal schema: ") + text };
    return value;
}

Result<QByteArray> DecimalSchema::fromLogical(const Schema &schema, const Decimal &value)
{
    const Result<int> s = scale(schema);
    if (!s)
        return s.error();
    if (value.scale() != *s)
        return DataError { QStringLiteral(
            "BigDecimal has mismatching scale value for given Decimal schema") };
    return value.unscaledBytes();
}

Result<Decimal> DecimalSchema::toLogical(const Schema &schema, QByteArrayView unscaledBytes)
{
    const Result<int> s = scale(schema);
    if (!s)
        return s.error();
    auto d = Decimal::fromUnscaledBytes(unscaledBytes, *s);
    if (!d)
        return DataError { QStringLiteral("Zero length BigInteger") };
    return *d;
}

const QString &DateSchema::logicalName()
{
    static const QString name = QStringLiteral("org.apache.kafka.connect.data.Date");
    return name;
}

SchemaBuilder DateSchema::builder()
{
    SchemaBuilder b = SchemaBuilder::int32();
    b.name(logicalName()).version(1);
    return b;
}

Schema DateSchema::schema(bool optional)
{
    SchemaBuilder b = builder();
    if (optional)
        b.optional();
    return b.build();
}

qint32 DateSchema::fromDate(QDate date)
{
    return static_cast<qint32>(kEpochDate.daysTo(date));
}

QDate DateSchema::toDate(qint32 daysSinceEpoch)
{
    return kEpochDate.addDays(daysSinceEpoch);
}

const QString &TimeSchema::logicalName()
{
    static const QString name = QStringLiteral("org.apache.kafka.connect.data.Time");
    return name;
}

SchemaBuilder TimeSchema::builder()
{
    SchemaBuilder b = SchemaBuilder::int32();
    b.name(logicalName()).version(1);
    return b;
}

Schema TimeSchema::schema(bool optional)
{
    SchemaBuilder b = builder();
    if (optional)
        b.optional();
    return b.build();
}

qint32 TimeSchema::fromTime(QTime time)
{
    return time.msecsSinceStartOfDay();
}

QTime TimeSchema::toTime(qint32 millisSinceMidnight)
{
    return QTime::fromMSecsSinceStartOfDay(millisSinceMidnight);
}

const QString &TimestampSchema::logicalName()
{
    static const QString name = QStringLiteral("org.apache.kafka.connect.data.Timestamp");
    return name;
}

SchemaBuilder TimestampSchema::builder()
{
    SchemaBuilder b = SchemaBuilder::int64();
    b.name(logicalName()).version(1);
    return b;
}

Schema TimestampSchema::schema(bool optional)
{
    SchemaBuilder b = builder();
    if (optional)
        b.optional();
    return b.build();
}

qint64 TimestampSchema::fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

QDateTime TimestampSchema::toDateTime(qint64 epochMillis)
{
    return QDateTime::fromMSecsSinceEpoch(epochMillis, Qt::UTC);
}

} // namespace cs::data
