#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

#include "data/dataerror.h"
#include "data/decimal.h"
#include "data/schema.h"
#include "data/schemabuilder.h"

namespace cs::data {

// Connect's logical types: schemas named org.apache.kafka.connect.data.{Decimal,Date,Time,Timestamp}
// with version 1 (Decimal also carries parameter "scale"). Values are carried in their Connect
// representation: Decimal as cs::data::Decimal, Date as int32 days since 1970-01-01, Time as int32
// milliseconds since midnight, Timestamp as int64 milliseconds since the epoch (all UTC).
// Stateless helpers; thread-safe.

struct DecimalSchema
{
    static const QString &logicalName(); // "org.apache.kafka.connect.data.Decimal"
    static QString scaleParameter() { return QStringLiteral("scale"); }
    // bytes, name, parameter scale, version 1 (upstream's Decimal.builder(scale)).
    static SchemaBuilder builder(int scale);
    static Schema schema(int scale, bool optional = false);
    // The schema's "scale" parameter ("Invalid Decimal schema: scale parameter not found.").
    static Result<int> scale(const Schema &schema);
    // Upstream's Decimal.fromLogical / toLogical with their checks.
    static Result<QByteArray> fromLogical(const Schema &schema, const Decimal &value);
    static Result<Decimal> toLogical(const Schema &schema, QByteArrayView unscaledBytes);
};

struct DateSchema
{
    static const QString &logicalName(); // "org.apache.kafka.connect.data.Date"
    static SchemaBuilder builder();
    static Schema schema(bool optional = false);
    static qint32 fromDate(QDate date);
    static QDate toDate(qint32 daysSinceEpoch);
};

struct TimeSchema
{
    static const QString &logicalName(); // "org.apache.kafka.connect.data.Time"
    static SchemaBuilder builder();
    static Schema schema(bool optional = false);
    static qint32 fromTime(QTime time);
    static QTime toTime(qint32 millisSinceMidnight);
};

struct TimestampSchema
{
    static const QString &logicalName(); // "org.apache.kafka.connect.data.Timestamp"
    static SchemaBuilder builder();
    static Schema schema(bool optional = false);
    static qint64 fromDateTime(const QDateTime &dateTime);
    static QDateTime toDateTime(qint64 epochMillis); // UTC
};

} // namespace cs::data
