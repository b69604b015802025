// Tests of cs::converters::JsonConverter against Kafka's JsonConverter: upstream test vectors (spec §3.4),
// golden bytes (the lab's ORDER_TABLE record, JDBC rows, internal-topic values), round trips of every
// type and logical type, every error text of spec §3.3, caches and configuration.
#include <cmath>

#include <QFile>
#include <QtTest>

#include "converters/jsonconverter.h"
#include "data/logicaltypes.h"
#include "data/schemabuilder.h"

using namespace cs::data;
using cs::converters::ConverterConfig;
using cs::converters::JsonConverter;

namespace {

void setUp(JsonConverter &c, const ConverterConfig &config = {}, bool isKey = false)
{
    const Status s = c.configure(config, isKey);
    if (!s)
        qFatal("configure failed: %s", qPrintable(s.error().message));
}

QByteArray toJson(JsonConverter &c, const Schema &schema, const Value &value)
{
    Result<QByteArray> r = c.fromConnectData(u"topic", schema, value);
    if (!r) {
        qWarning("fromConnectData failed: %s", qPrintable(r.error().toString()));
        return QByteArray("<error>");
    }
    return *r;
}

QString toJsonError(JsonConverter &c, const Schema &schema, const Value &value)
{
    Result<QByteArray> r = c.fromConnectData(u"topic", schema, value);
    return r ? QStringLiteral("<no error>") : r.error().message;
}

SchemaAndValue toConnect(JsonConverter &c, const QByteArray &json)
{
    Result<SchemaAndValue> r = c.toConnectData(u"topic", json);
    if (!r) {
        qWarning("toConnectData failed: %s", qPrintable(r.error().toString()));
        return {};
    }
    return *r;
}

QString toConnectError(JsonConverter &c, const QByteArray &json)
{
    Result<SchemaAndValue> r = c.toConnectData(u"topic", json);
    return r ? QStringLiteral("<no error>") : r.error().message;
}

Schema orderSchema()
{
    return SchemaBuilder::structure()
        .name(u"ORDER_TABLE"_qs)
        .field(u"ID"_qs, Schema::int64())
        .field(u"MESSAGE"_qs, Schema::optionalString())
        .build();
}

Value orderRow(qint64 id, const char *message)
{
    Struct s(orderSchema());
    s.set(0, Value(id));
    s.set(1, message ? Value::string(message) : Value());
    return s;
}

} // namespace

class TstJsonConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- golden bytes ----

    void labOrderRecordIsByteIdentical()
    {
        // The exact line of /work/shared/spec/lab.md, "What one replicated order looks like".
        QFile lab(QStringLiteral(CS_SOURCE_DIR "/../shared/spec/lab.md"));
        QByteArray expected
            = R"({"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"ID"},{"type":"string","optional":true,"field":"MESSAGE"}],"optional":false,"name":"ORDER_TABLE"},"payload":{"ID":1,"MESSAGE":"1st OrderPlaced."}})";
        if (lab.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = lab.readAll().split('\n');
            bool found = false;
            for (const QByteArray &line : lines) {
                if (line.startsWith("{\"schema\":{\"type\":\"struct\"") && line.contains("ORDER_TABLE")) {
                    QCOMPARE(line, expected); // the spec and this test agree
                    found = true;
                }
            }
            QVERIFY(found);
        }
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJson(c, orderSchema(), orderRow(1, "1st OrderPlaced.")), expected);
        // And back.
        const SchemaAndValue back = toConnect(c, expected);
        QCOMPARE(back.schema, orderSchema());
        QCOMPARE(back.value, orderRow(1, "1st OrderPlaced."));
        QCOMPARE(toJson(c, back.schema, back.value), expected);
    }

    void jdbcUsersRow()
    {
        const Schema users = SchemaBuilder::structure()
                                 .name(u"users"_qs)
                                 .field(u"id"_qs, Schema::int32())
                                 .field(u"name"_qs, Schema::optionalString())
                                 .build();
        Struct row(users);
        row.set(0, Value(1));
        row.set(1, Value::string("alice"));
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJson(c, users, row),
            QByteArray(
                R"({"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"}],"optional":false,"name":"users"},"payload":{"id":1,"name":"alice"}})"));
    }

    void jdbcDecimalField()
    {
        const Schema amount = DecimalSchema::builder(2)
                                  .optional()
                                  .parameter(u"connect.decimal.precision"_qs, u"10"_qs)
                                  .build();
        const Schema row = SchemaBuilder::structure().field(u"amount"_qs, amount).build();
        JsonConverter c;
        setUp(c);
        const QByteArray json = *c.asJsonSchema(row);
        QCOMPARE(json,
            QByteArray(
                R"({"type":"struct","fields":[{"type":"bytes","optional":true,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2","connect.decimal.precision":"10"},"field":"amount"}],"optional":false})"));
    }

    void kip301DocVector()
    {
        const Schema ts = TimestampSchema::schema();
        const Schema foobar = SchemaBuilder::structure()
                                  .name(u"foobar"_qs)
                                  .field(u"c1"_qs, Schema::optionalInt32())
                                  .field(u"c2"_qs, Schema::optionalString())
                                  .field(u"create_ts"_qs, ts)
                                  .field(u"update_ts"_qs, ts)
                                  .build();
        Struct s(foobar);
        s.set(0, Value(10000));
        s.set(1, Value::string("bar"));
        s.set(2, Value(qint64(1501834166000)));
        s.set(3, Value(qint64(1501834166000)));
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJson(c, foobar, s),
            QByteArray(
                R"({"schema":{"type":"struct","fields":[{"type":"int32","optional":true,"field":"c1"},{"type":"string","optional":true,"field":"c2"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"create_ts"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"update_ts"}],"optional":false,"name":"foobar"},"payload":{"c1":10000,"c2":"bar","create_ts":1501834166000,"update_ts":1501834166000}})"));
    }

    void internalTopicValues()
    {
        // Status topic value (schemas.enable=false): every field written, null trace as null.
        const Schema status = SchemaBuilder::structure()
                                  .field(u"state"_qs, Schema::string())
                                  .field(u"trace"_qs, Schema::optionalString())
                                  .field(u"worker_id"_qs, Schema::string())
                                  .field(u"generation"_qs, Schema::int32())
                                  .build();
        Struct s(status);
        s.set(0, Value::string("RUNNING"));
        s.set(2, Value::string("10.0.0.5:8083"));
        s.set(3, Value(7));
        JsonConverter c;
        setUp(c, { { u"schemas.enable"_qs, u"false"_qs } });
        QCOMPARE(toJson(c, status, s),
            QByteArray(R"({"state":"RUNNING","trace":null,"worker_id":"10.0.0.5:8083","generation":7})"));

        // Offset key: ["<connector>",{partition}] schemaless, maps in insertion order.
        const Value key(ValueList { Value::string("jdbc-src"),
            Value(ValueMap { { Value::string("protocol"), Value::string("1") },
                { Value::string("table"), Value::string("public.users") } }) });
        QCOMPARE(
            toJson(c, Schema(), key), QByteArray(R"(["jdbc-src",{"protocol":"1","table":"public.users"}])"));
        QCOMPARE(
            toJson(c, Schema(), Value(ValueMap { { Value::string("incrementing"), Value(qint64(42)) } })),
            QByteArray(R"({"incrementing":42})"));
        // Reading it back: integral numbers come back as int64.
        const SchemaAndValue back = toConnect(c, R"(["jdbc-src",{"protocol":"1","table":"public.users"}])");
        QVERIFY(back.schema.isNull());
        QCOMPARE(back.value, key);
        QCOMPARE(toConnect(c, R"({"incrementing":42})").value,
            Value(ValueMap { { Value::string("incrementing"), Value(qint64(42)) } }));
    }

    // ---- upstream vectors (spec §3.4) ----

    void upstreamDecimalToConnect()
    {
        JsonConverter c;
        setUp(c);
        const SchemaAndValue r = toConnect(c,
            R"({ "schema": { "type": "bytes", "name": "org.apache.kafka.connect.data.Decimal", "version": 1, "parameters": { "scale": "2" } }, "payload": "AJw=" })");
        QCOMPARE(r.schema, DecimalSchema::schema(2));
        QCOMPARE(r.value.kind(), Value::Kind::Decimal);
        QCOMPARE(r.value.decimal().toJavaString(), QByteArray("1.56"));
        // decimalToJson: the payload bytes are {0, -100}.
        const QByteArray json
            = toJson(c, DecimalSchema::schema(2), Value(*Decimal::fromString(QByteArrayView("1.56"))));
        QVERIFY(json.endsWith(R"("payload":"AJw="})"));
        QCOMPARE(QByteArray::fromBase64("AJw="), QByteArray("\x00\x9c", 2));
        QCOMPARE(json,
            QByteArray(
                R"({"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"AJw="})"));
    }

    void upstreamStructToConnect()
    {
        JsonConverter c;
        setUp(c);
        const SchemaAndValue r = toConnect(c,
            R"({ "schema": { "type": "struct", "fields": [{ "field": "field1", "type": "boolean" }, { "field": "field2", "type": "string" }] }, "payload": { "field1": true, "field2": "string" } })");
        const Schema expected = SchemaBuilder::structure()
                                    .field(u"field1"_qs, Schema::boolean())
                                    .field(u"field2"_qs, Schema::string())
                                    .build();
        QCOMPARE(r.schema, expected);
        Struct s(expected);
        s.set(0, Value(true));
        s.set(1, Value::string("string"));
        QCOMPARE(r.value, Value(s));
    }

    void upstreamLogicalToConnect()
    {
        JsonConverter c;
        setUp(c);
        SchemaAndValue r = toConnect(c,
            R"({ "schema": { "type": "int64", "name": "org.apache.kafka.connect.data.Timestamp", "version": 1 }, "payload": 4000000000 })");
        QCOMPARE(r.schema, TimestampSchema::schema());
        QCOMPARE(r.value, Value(qint64(4000000000)));
        r = toConnect(c,
            R"({ "schema": { "type": "int32", "name": "org.apache.kafka.connect.data.Date", "version": 1 }, "payload": 10000 })");
        QCOMPARE(r.schema, DateSchema::schema());
        QCOMPARE(DateSchema::toDate(r.value.toInt32()), QDate(1997, 5, 19));
        r = toConnect(c,
            R"({ "schema": { "type": "int32", "name": "org.apache.kafka.connect.data.Time", "version": 1 }, "payload": 14400000 })");
        QCOMPARE(r.schema, TimeSchema::schema());
        QCOMPARE(TimeSchema::toTime(r.value.toInt32()), QTime(4, 0));
    }

    void upstreamOptionalNullAndDefaults()
    {
        JsonConverter c;
        setUp(c);
        SchemaAndValue r
            = toConnect(c, R"({ "schema": { "type": "boolean", "optional": true }, "payload": null })");
        QCOMPARE(r.schema, Schema::optionalBoolean());
        QVERIFY(r.value.isNull());
        r = toConnect(
            c, R"({ "schema": { "type": "boolean", "optional": false, "default": true }, "payload": null })");
        QCOMPARE(r.schema, SchemaBuilder::boolean().defaultValue(Value(true)).build());
        QCOMPARE(r.value, Value(true));

        // serializeFieldNullToDefault / serializeFieldNullToNull
        const Schema field
            = SchemaBuilder::string().optional().defaultValue(Value::string("default")).build();
        const Schema schema = SchemaBuilder::structure().field(u"field1"_qs, field).build();
        Struct s(schema);
        QCOMPARE(toJson(c, schema, s),
            QByteArray(
                R"({"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"default","field":"field1"}],"optional":false},"payload":{"field1":"default"}})"));
        JsonConverter keep;
        setUp(keep, { { u"replace.null.with.default"_qs, u"false"_qs } });
        QCOMPARE(toJson(keep, schema, s),
            QByteArray(
                R"({"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"default","field":"field1"}],"optional":false},"payload":{"field1":null}})"));
        // And when reading: a null payload stays null without replacement.
        QVERIFY(
            toConnect(keep, R"({"schema":{"type":"string","optional":true,"default":"d"},"payload":null})")
                .value.isNull());
        QCOMPARE(toConnect(c, R"({"schema":{"type":"string","optional":true,"default":"d"},"payload":null})")
                     .value,
            Value::string("d"));
    }

    void upstreamBytesToConnect()
    {
        JsonConverter c;
        setUp(c);
        const SchemaAndValue r
            = toConnect(c, R"({ "schema": { "type": "bytes" }, "payload": "dGVzdC1zdHJpbmc=" })");
        QCOMPARE(r.schema, Schema::bytes());
        QCOMPARE(r.value, Value::bytes("test-string"));
    }

    void upstreamMetadataTranslation()
    {
        JsonConverter c;
        setUp(c);
        const SchemaAndValue r = toConnect(c,
            R"({ "schema": { "type": "boolean", "optional": false, "name": "bool", "version": 2, "doc": "the documentation", "parameters": { "foo": "bar" }}, "payload": true })");
        const Schema expected = SchemaBuilder::boolean()
                                    .required()
                                    .name(u"bool"_qs)
                                    .version(2)
                                    .doc(u"the documentation"_qs)
                                    .parameter(u"foo"_qs, u"bar"_qs)
                                    .build();
        QCOMPARE(r.schema, expected);
        QCOMPARE(r.value, Value(true));
        QCOMPARE(*c.asJsonSchema(expected),
            QByteArray(
                R"({"type":"boolean","optional":false,"name":"bool","version":2,"doc":"the documentation","parameters":{"foo":"bar"}})"));
    }

    // ---- every type, both directions ----

    void primitivesToJson_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("boolean") << Schema::boolean() << Value(true)
                                 << QByteArray(
                                        R"({"schema":{"type":"boolean","optional":false},"payload":true})");
        QTest::newRow("int8") << Schema::int8() << Value(qint8(12))
                              << QByteArray(R"({"schema":{"type":"int8","optional":false},"payload":12})");
        QTest::newRow("int16") << Schema::int16() << Value(qint16(-12))
                               << QByteArray(R"({"schema":{"type":"int16","optional":false},"payload":-12})");
        QTest::newRow("int32") << Schema::int32() << Value(12)
                               << QByteArray(R"({"schema":{"type":"int32","optional":false},"payload":12})");
        QTest::newRow("int64")
            << Schema::int64() << Value(qint64(4398046511104))
            << QByteArray(R"({"schema":{"type":"int64","optional":false},"payload":4398046511104})");
        QTest::newRow("float32") << Schema::float32() << Value(12.34f)
                                 << QByteArray(
                                        R"({"schema":{"type":"float","optional":false},"payload":12.34})");
        QTest::newRow("float64") << Schema::float64() << Value(12.34)
                                 << QByteArray(
                                        R"({"schema":{"type":"double","optional":false},"payload":12.34})");
        QTest::newRow("float64 1.0") << Schema::float64() << Value(1.0)
                                     << QByteArray(
                                            R"({"schema":{"type":"double","optional":false},"payload":1.0})");
        QTest::newRow("float64 1e10")
            << Schema::float64() << Value(1e10)
            << QByteArray(R"({"schema":{"type":"double","optional":false},"payload":1.0E10})");
        QTest::newRow("float64 1e-5")
            << Schema::float64() << Value(1e-5)
            << QByteArray(R"({"schema":{"type":"double","optional":false},"payload":1.0E-5})");
        QTest::newRow("float64 NaN")
            << Schema::float64() << Value(std::nan(""))
            << QByteArray(R"({"schema":{"type":"double","optional":false},"payload":"NaN"})");
        QTest::newRow("float32 -inf")
            << Schema::float32() << Value(-std::numeric_limits<float>::infinity())
            << QByteArray(R"({"schema":{"type":"float","optional":false},"payload":"-Infinity"})");
        QTest::newRow("bytes")
            << Schema::bytes() << Value::bytes("test-string")
            << QByteArray(R"({"schema":{"type":"bytes","optional":false},"payload":"dGVzdC1zdHJpbmc="})");
        QTest::newRow("string")
            << Schema::string() << Value::string("test-string")
            << QByteArray(R"({"schema":{"type":"string","optional":false},"payload":"test-string"})");
        QTest::newRow("optional null")
            << Schema::optionalBoolean() << Value()
            << QByteArray(R"({"schema":{"type":"boolean","optional":true},"payload":null})");
        QTest::newRow("array")
            << SchemaBuilder::array(Schema::int32()).build()
            << Value(ValueList { Value(1), Value(2), Value(3) })
            << QByteArray(
                   R"({"schema":{"type":"array","items":{"type":"int32","optional":false},"optional":false},"payload":[1,2,3]})");
        QTest::newRow("map string keys")
            << SchemaBuilder::map(Schema::string(), Schema::int32()).build()
            << Value(ValueMap { { Value::string("key1"), Value(12) }, { Value::string("key2"), Value(15) } })
            << QByteArray(
                   R"({"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false},"payload":{"key1":12,"key2":15}})");
        QTest::newRow("map int keys")
            << SchemaBuilder::map(Schema::int32(), Schema::int32()).build()
            << Value(ValueMap { { Value(1), Value(12) }, { Value(2), Value(15) } })
            << QByteArray(
                   R"({"schema":{"type":"map","keys":{"type":"int32","optional":false},"values":{"type":"int32","optional":false},"optional":false},"payload":[[1,12],[2,15]]})");
        QTest::newRow("date")
            << DateSchema::schema() << Value(10000)
            << QByteArray(
                   R"({"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":10000})");
        QTest::newRow("time")
            << TimeSchema::schema() << Value(14400000)
            << QByteArray(
                   R"({"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":14400000})");
        QTest::newRow("timestamp")
            << TimestampSchema::schema() << Value(qint64(4000000000))
            << QByteArray(
                   R"({"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":4000000000})");
        QTest::newRow("negative decimal")
            << DecimalSchema::schema(0) << Value(Decimal::fromUnscaled(-129, 0))
            << QByteArray(
                   R"({"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"/38="})");
        QTest::newRow("default int")
            << SchemaBuilder::int32().optional().defaultValue(Value(5)).build() << Value(7)
            << QByteArray(R"({"schema":{"type":"int32","optional":true,"default":5},"payload":7})");
        QTest::newRow("decimal default")
            << DecimalSchema::builder(2).defaultValue(Value(Decimal::fromUnscaled(156, 2))).build() << Value()
            << QByteArray(
                   R"({"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"default":"AJw="},"payload":"AJw="})");
    }

    void primitivesToJson()
    {
        QFETCH(Schema, schema);
        QFETCH(Value, value);
        QFETCH(QByteArray, json);
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJson(c, schema, value), json);
        // Round trip (NaN compares unequal to itself; check its kind and text instead).
        const SchemaAndValue back = toConnect(c, json);
        QCOMPARE(back.schema, schema);
        if (value.kind() == Value::Kind::Float64 && std::isnan(value.toDouble()))
            return;
        if (value.kind() == Value::Kind::Float32 && std::isinf(value.toFloat()))
            return;
        if (value.isNull() && schema.defaultValue())
            QCOMPARE(back.value, *schema.defaultValue());
        else
            QCOMPARE(back.value, value);
    }

    void structRoundTripAllTypes()
    {
        const Schema inner
            = SchemaBuilder::structure().name(u"inner"_qs).field(u"x"_qs, Schema::int32()).build();
        const Schema schema = SchemaBuilder::structure()
                                  .name(u"all"_qs)
                                  .doc(u"every type"_qs)
                                  .field(u"i8"_qs, Schema::int8())
                                  .field(u"i16"_qs, Schema::int16())
                                  .field(u"i32"_qs, Schema::int32())
                                  .field(u"i64"_qs, Schema::int64())
                                  .field(u"f32"_qs, Schema::float32())
                                  .field(u"f64"_qs, Schema::float64())
                                  .field(u"b"_qs, Schema::boolean())
                                  .field(u"s"_qs, Schema::string())
                                  .field(u"by"_qs, Schema::bytes())
                                  .field(u"arr"_qs, SchemaBuilder::array(Schema::optionalString()).build())
                                  .field(u"map"_qs, SchemaBuilder::map(Schema::int64(), inner).build())
                                  .field(u"st"_qs, inner)
                                  .field(u"dec"_qs, DecimalSchema::schema(3, true))
                                  .field(u"date"_qs, DateSchema::schema())
                                  .field(u"time"_qs, TimeSchema::schema())
                                  .field(u"ts"_qs, TimestampSchema::schema())
                                  .field(u"opt"_qs, Schema::optionalFloat64())
                                  .build();
        Struct in(inner);
        in.set(0, Value(9));
        Struct s(schema);
        int i = 0;
        s.set(i++, Value(qint8(-128)));
        s.set(i++, Value(qint16(32767)));
        s.set(i++, Value(qint32(-2147483647 - 1)));
        s.set(i++, Value(std::numeric_limits<qint64>::max()));
        s.set(i++, Value(3.4028235e38f));
        s.set(i++, Value(-2.2250738585072014E-308));
        s.set(i++, Value(false));
        s.set(i++, Value::string("quote\" backslash\\ slash/ tab\t nl\n ctl\x01 del\x7f 한글 😀"));
        s.set(i++, Value::bytes(QByteArray("\x00\x01\xfe\xff", 4)));
        s.set(i++, Value(ValueList { Value::string("a"), Value() }));
        s.set(i++, Value(ValueMap { { Value(qint64(1)), Value(in) } }));
        s.set(i++, Value(in));
        s.set(i++, Value(*Decimal::fromString(QByteArrayView("-12345678901234567890.123"))));
        s.set(i++, Value(-1));
        s.set(i++, Value(86399999));
        s.set(i++, Value(qint64(-1)));
        s.set(i++, Value());
        QVERIFY(s.validate().ok());
        for (const QString &format : { u"BASE64"_qs, u"NUMERIC"_qs }) {
            JsonConverter c;
            setUp(c, { { u"decimal.format"_qs, format } });
            const QByteArray json = toJson(c, schema, s);
            QVERIFY(json.contains(R"("s":"quote\" backslash\\ slash/ tab\t nl\n ctl\u0001 del)"
                                  "\x7f"
                                  " \xed\x95\x9c\xea\xb8\x80 \xf0\x9f\x98\x80\""));
            QVERIFY(json.contains(R"("f32":3.4028235E38,"f64":-2.2250738585072014E-308)"));
            QVERIFY(json.contains(R"("map":[[1,{"x":9}]])"));
            if (format == u"NUMERIC"_qs)
                QVERIFY(json.contains(R"("dec":-12345678901234567890.123)"));
            const SchemaAndValue back = toConnect(c, json);
            QCOMPARE(back.schema, schema);
            QCOMPARE(back.value, Value(s));
            QCOMPARE(toJson(c, back.schema, back.value), json);
        }
    }

    // ---- schemaless ----

    void schemaless()
    {
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJson(c, Schema(), Value(true)), QByteArray(R"({"schema":null,"payload":true})"));
        QCOMPARE(toJson(c, Schema(), Value(ValueList { Value(1), Value::string("2"), Value(3) })),
            QByteArray(R"({"schema":null,"payload":[1,"2",3]})"));
        QCOMPARE(toJson(c, Schema(),
                     Value(ValueMap { { Value::string("string"), Value(12) },
                         { Value(52), Value::string("string") }, { Value(false), Value(true) } })),
            QByteArray(R"({"schema":null,"payload":[["string",12],[52,"string"],[false,true]]})"));
        QCOMPARE(toJson(c, Schema(), Value(ValueMap { { Value::string("key1"), Value(12) } })),
            QByteArray(R"({"schema":null,"payload":{"key1":12}})"));

        SchemaAndValue r = toConnect(c, R"({ "schema": null, "payload": null })");
        QVERIFY(r.schema.isNull() && r.value.isNull());
        QCOMPARE(toConnect(c, R"({ "schema": null, "payload": true })").value, Value(true));
        QCOMPARE(toConnect(c, R"({ "schema": null, "payload": 12 })").value, Value(qint64(12)));
        QCOMPARE(toConnect(c, R"({ "schema": null, "payload": 12.24 })").value, Value(12.24));
        QCOMPARE(
            toConnect(c, R"({ "schema": null, "payload": "a string" })").value, Value::string("a string"));
        QCOMPARE(toConnect(c, R"({ "schema": null, "payload": [1, "2", 3] })").value,
            Value(ValueList { Value(qint64(1)), Value::string("2"), Value(qint64(3)) }));
        QCOMPARE(toConnect(c, R"({ "schema": null, "payload": { "field1": 1, "field2": 2} })").value,
            Value(ValueMap { { Value::string("field1"), Value(qint64(1)) },
                { Value::string("field2"), Value(qint64(2)) } }));
    }

    void schemasDisabled()
    {
        JsonConverter c;
        setUp(c, { { u"schemas.enable"_qs, u"false"_qs } });
        QCOMPARE(toJson(c, Schema(), Value(true)), QByteArray("true"));
        QCOMPARE(toJson(c, Schema::optionalString(), Value()), QByteArray("null"));
        QCOMPARE(toJson(c, orderSchema(), orderRow(2, nullptr)), QByteArray(R"({"ID":2,"MESSAGE":null})"));
        SchemaAndValue r = toConnect(c, "true");
        QVERIFY(r.schema.isNull());
        QCOMPARE(r.value, Value(true));
        r = toConnect(c, "null");
        QVERIFY(r.schema.isNull() && r.value.isNull());
        r = toConnect(c, "  ");
        QVERIFY(r.schema.isNull() && r.value.isNull());
        // An envelope is just a map when schemas are disabled.
        r = toConnect(c, R"({"schema":null,"payload":1})");
        QCOMPARE(r.value.kind(), Value::Kind::Map);
    }

    // ---- tombstones ----

    void tombstones()
    {
        JsonConverter c;
        setUp(c);
        Result<QByteArray> bytes = c.fromConnectData(u"t", Schema(), Value());
        QVERIFY(bytes.ok());
        QVERIFY(bytes->isNull());
        Result<SchemaAndValue> back = c.toConnectData(u"t", QByteArrayView());
        QVERIFY(back.ok());
        QVERIFY(back->schema.isNull() && back->value.isNull());
        // A null value with an optional schema is not a tombstone.
        QCOMPARE(toJson(c, Schema::optionalString(), Value()),
            QByteArray(R"({"schema":{"type":"string","optional":true},"payload":null})"));
        QByteArray buffer("prefix");
        bool tombstone = false;
        QVERIFY(c.appendConnectData(Schema(), Value(), buffer, &tombstone).ok());
        QVERIFY(tombstone);
        QCOMPARE(buffer, QByteArray("prefix"));
        QVERIFY(c.appendConnectData(Schema::int32(), Value(3), buffer, &tombstone).ok());
        QVERIFY(!tombstone);
        QCOMPARE(buffer, QByteArray(R"(prefix{"schema":{"type":"int32","optional":false},"payload":3})"));
    }

    // ---- decimals ----

    void decimalNumericAndInput()
    {
        JsonConverter numeric;
        setUp(numeric, { { u"decimal.format"_qs, u"numeric"_qs } });
        QCOMPARE(numeric.decimalFormat(), JsonConverter::DecimalFormat::Numeric);
        const Schema s2 = DecimalSchema::schema(2);
        QCOMPARE(toJson(numeric, s2, Value(Decimal::fromUnscaled(156, 2))),
            QByteArray(
                R"({"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":1.56})"));
        QVERIFY(
            toJson(numeric, DecimalSchema::schema(4), Value(*Decimal::fromString(QByteArrayView("1.5600"))))
                .endsWith(R"("payload":1.5600})"));
        QVERIFY(toJson(numeric, DecimalSchema::schema(10), Value(Decimal::fromUnscaled(1, 10)))
                    .endsWith(R"("payload":1E-10})"));

        JsonConverter c;
        setUp(c);
        const QByteArray prefix
            = R"({ "schema": { "type": "bytes", "name": "org.apache.kafka.connect.data.Decimal", "version": 1, "parameters": { "scale": "2" } }, "payload": )";
        QCOMPARE(toConnect(c, prefix + "1.56 }").value.decimal().toJavaString(), QByteArray("1.56"));
        QCOMPARE(toConnect(c, prefix + "1.560 }").value.decimal().toJavaString(), QByteArray("1.560"));
        QCOMPARE(toConnect(c, prefix + "1.23456789123456789 }").value.decimal().toJavaString(),
            QByteArray("1.23456789123456789"));
        QCOMPARE(toConnect(c, prefix + "123456789012345678901234567890 }").value.decimal().toJavaString(),
            QByteArray("123456789012345678901234567890"));
        const QByteArray optional
            = R"({ "schema": { "type": "bytes", "name": "org.apache.kafka.connect.data.Decimal", "version": 1, "optional": true, "parameters": { "scale": "2" } }, "payload": null })";
        QVERIFY(toConnect(c, optional).value.isNull());
        const QByteArray withDefault
            = R"({ "schema": { "type": "bytes", "name": "org.apache.kafka.connect.data.Decimal", "version": 1, "default": "AJw=", "parameters": { "scale": "2" } }, "payload": null })";
        QCOMPARE(toConnect(c, withDefault).value.decimal().toJavaString(), QByteArray("1.56"));
    }

    // ---- tolerant input ----

    void tolerantInput()
    {
        JsonConverter c;
        setUp(c, { { u"schemas.enable"_qs, u"false"_qs } });
        QCOMPARE(toConnect(c, "0012").value, Value(qint64(12)));
        QCOMPARE(toConnect(c, "-007").value, Value(qint64(-7)));
        QCOMPARE(toConnect(c, "[00.5, 10, 0, 100, \"0012\"]").value,
            Value(ValueList { Value(0.5), Value(qint64(10)), Value(qint64(0)), Value(qint64(100)),
                Value::string("0012") }));
        QCOMPARE(toConnect(c, " \n\t{ \"a\" :\r\n 1 } ").value,
            Value(ValueMap { { Value::string("a"), Value(qint64(1)) } }));
        // Big integers keep their low 64 bits (BigInteger.longValue()); big floats become doubles.
        QCOMPARE(toConnect(c, "18446744073709551617").value, Value(qint64(1)));
        QCOMPARE(toConnect(c, "1e300").value, Value(1e300));
        QCOMPARE(toConnect(c, "123456789012345678901234567890.5").value, Value(1.2345678901234568E29));
        QCOMPARE(toConnect(c, "1.5E3").value, Value(1500.0));

        JsonConverter s;
        setUp(s);
        const SchemaAndValue r = toConnect(s, R"({"schema":{"type":"int8"},"payload":300})");
        QCOMPARE(r.value, Value(qint8(44))); // (byte) 300
        QCOMPARE(toConnect(s, R"({"schema":{"type":"int32"},"payload":12.9})").value, Value(12));
        QCOMPARE(toConnect(s, R"({"schema":{"type":"float"},"payload":0012.5})").value, Value(12.5f));
        // Keys in any order, duplicate keys: the last one wins.
        QCOMPARE(toConnect(s, R"({"payload":5,"schema":{"optional":false,"type":"int64"}})").value,
            Value(qint64(5)));
        QCOMPARE(
            toConnect(s,
                R"({"schema":{"type":"struct","fields":[{"field":"a","type":"int32"}]},"payload":{"a":1,"a":2,"extra":3}})")
                .value.structValue()
                .get(0),
            Value(2));
    }

    void structFieldOrder()
    {
        JsonConverter c;
        setUp(c);
        const QByteArray schema
            = R"({"type":"struct","fields":[{"field":"a","type":"int32"},{"field":"b","type":"int32","optional":true}]})";
        Struct s
            = toConnect(c, R"({"schema":)" + schema + R"(,"payload":{"b":2,"a":1}})").value.structValue();
        QCOMPARE(s.get(0), Value(1));
        QCOMPARE(s.get(1), Value(2));
        s = toConnect(c, R"({"schema":)" + schema + R"(,"payload":{"a":1,"c":2}})").value.structValue();
        QCOMPARE(s.get(0), Value(1));
        QVERIFY(s.get(1).isNull());

        // A wide row (120 columns) round-trips.
        SchemaBuilder wide = SchemaBuilder::structure().name(u"wide"_qs);
        for (int i = 0; i < 120; ++i)
            wide.field(u"col_"_qs + QString::number(i), i % 2 ? Schema::optionalString() : Schema::int64());
        const Schema w = wide.build();
        Struct row(w);
        for (int i = 0; i < 120; ++i)
            row.set(i, i % 2 ? Value::string(QByteArray::number(i)) : Value(qint64(i)));
        const QByteArray json = toJson(c, w, row);
        QCOMPARE(toConnect(c, json).value, Value(row));
    }

    // ---- error texts (spec §3.3 and upstream) ----

    void toConnectErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QString envelope
            = u"JsonConverter with schemas.enable requires \"schema\" and \"payload\" fields and may not "
              u"contain additional fields. If you are trying to deserialize plain JSON data, set "
              u"schemas.enable=false in your converter configuration."_qs;
        QTest::newRow("plain json") << QByteArray(R"({"a":1})") << envelope;
        QTest::newRow("no payload") << QByteArray(R"({"schema":null})") << envelope;
        QTest::newRow("extra field") << QByteArray(R"({"schema":null,"payload":1,"x":2})") << envelope;
        QTest::newRow("array") << QByteArray("[1]") << envelope;
        QTest::newRow("number") << QByteArray("1") << envelope;
        QTest::newRow("empty") << QByteArray("") << envelope;
        QTest::newRow("broken")
            << QByteArray(R"({"schema":)")
            << u"Converting byte[] to Kafka Connect data failed due to serialization error: "_qs;
        QTest::newRow("bad utf8")
            << QByteArray("{\"schema\":null,\"payload\":\"\xff\"}")
            << u"Converting byte[] to Kafka Connect data failed due to serialization error: "_qs;
        QTest::newRow("no type") << QByteArray(R"({"schema":{"optional":true},"payload":1})")
                                 << u"Schema must contain 'type' field"_qs;
        QTest::newRow("type not text")
            << QByteArray(R"({"schema":{"type":1},"payload":1})") << u"Schema must contain 'type' field"_qs;
        QTest::newRow("unknown type") << QByteArray(R"({"schema":{"type":"float32"},"payload":1})")
                                      << u"Unknown schema type: float32"_qs;
        QTest::newRow("fields not array")
            << QByteArray(R"({"schema":{"type":"struct","fields":{}},"payload":{}})")
            << u"Struct schema's \"fields\" argument is not an array."_qs;
        QTest::newRow("field name") << QByteArray(
            R"({"schema":{"type":"struct","fields":[{"type":"int32"}]},"payload":{}})")
                                    << u"Struct schema's field name not specified properly"_qs;
        QTest::newRow("parameters") << QByteArray(
            R"({"schema":{"type":"int32","parameters":{"a":1}},"payload":1})")
                                    << u"Schema parameters must have string values."_qs;
        QTest::newRow("array items") << QByteArray(R"({"schema":{"type":"array"},"payload":[]})")
                                     << u"Array schema did not specify the element type"_qs;
        QTest::newRow("map keys") << QByteArray(
            R"({"schema":{"type":"map","values":{"type":"int32"}},"payload":{}})")
                                  << u"Map schema did not specify the key type"_qs;
        QTest::newRow("map values") << QByteArray(
            R"({"schema":{"type":"map","keys":{"type":"int32"}},"payload":{}})")
                                    << u"Map schema did not specify the value type"_qs;
        QTest::newRow("required null") << QByteArray(R"({"schema":{"type":"int32"},"payload":null})")
                                       << u"Invalid null value for required INT32 field"_qs;
        QTest::newRow("missing field") << QByteArray(
            R"({"schema":{"type":"struct","fields":[{"field":"a","type":"string"}]},"payload":{}})")
                                       << u"Invalid null value for required STRING field"_qs;
        QTest::newRow("struct not object")
            << QByteArray(R"({"schema":{"type":"struct","fields":[]},"payload":[1]})")
            << u"Structs should be encoded as JSON objects, but found ARRAY"_qs;
        QTest::newRow("map not object")
            << QByteArray(
                   R"({"schema":{"type":"map","keys":{"type":"string"},"values":{"type":"int32"}},"payload":[]})")
            << u"Maps with string fields should be encoded as JSON objects, but found ARRAY"_qs;
        QTest::newRow("map not array")
            << QByteArray(
                   R"({"schema":{"type":"map","keys":{"type":"int32"},"values":{"type":"int32"}},"payload":{}})")
            << u"Maps with non-string fields should be encoded as JSON array of tuples, but found OBJECT"_qs;
        QTest::newRow("map entry") << QByteArray(
            R"({"schema":{"type":"map","keys":{"type":"int32"},"values":{"type":"int32"}},"payload":[1]})")
                                   << u"Found invalid map entry instead of array tuple: NUMBER"_qs;
        QTest::newRow("map entry size") << QByteArray(
            R"({"schema":{"type":"map","keys":{"type":"int32"},"values":{"type":"int32"}},"payload":[[1,2,3]]})")
                                        << u"Found invalid map entry, expected length 2 but found :3"_qs;
        QTest::newRow("bytes") << QByteArray(R"({"schema":{"type":"bytes"},"payload":"not base64!"})")
                               << u"Invalid bytes field"_qs;
        QTest::newRow("decimal bytes") << QByteArray(
            R"({"schema":{"type":"bytes","name":"org.apache.kafka.connect.data.Decimal","parameters":{"scale":"2"}},"payload":"@@"})")
                                       << u"Invalid bytes for Decimal field"_qs;
        QTest::newRow("decimal no scale") << QByteArray(
            R"({"schema":{"type":"bytes","name":"org.apache.kafka.connect.data.Decimal"},"payload":"AJw="})")
                                          << u"Invalid bytes for Decimal field"_qs;
        QTest::newRow("decimal type")
            << QByteArray(
                   R"({"schema":{"type":"bytes","name":"org.apache.kafka.connect.data.Decimal","parameters":{"scale":"2"}},"payload":true})")
            << u"Invalid type for Decimal, underlying representation should be numeric or bytes but was BOOLEAN"_qs;
        QTest::newRow("date type")
            << QByteArray(
                   R"({"schema":{"type":"int32","name":"org.apache.kafka.connect.data.Date"},"payload":1.5})")
            << u"Invalid type for Date, underlying representation should be integer but was NUMBER"_qs;
        QTest::newRow("date range")
            << QByteArray(
                   R"({"schema":{"type":"int32","name":"org.apache.kafka.connect.data.Date"},"payload":4000000000})")
            << u"Invalid type for Date, underlying representation should be integer but was NUMBER"_qs;
        QTest::newRow("time type")
            << QByteArray(
                   R"({"schema":{"type":"int32","name":"org.apache.kafka.connect.data.Time"},"payload":"x"})")
            << u"Invalid type for Time, underlying representation should be integer but was STRING"_qs;
        QTest::newRow("timestamp type")
            << QByteArray(
                   R"({"schema":{"type":"int64","name":"org.apache.kafka.connect.data.Timestamp"},"payload":[]})")
            << u"Invalid type for Timestamp, underlying representation should be integral but was ARRAY"_qs;
        QTest::newRow("text for required string")
            << QByteArray(
                   R"({"schema":{"type":"struct","fields":[{"field":"s","type":"string"}]},"payload":{"s":5}})")
            << u"Invalid value: null used for required field: \"s\", schema type: STRING"_qs;
        QTest::newRow("bad default") << QByteArray(
            R"({"schema":{"type":"int32","default":null},"payload":1})")
                                     << u"Invalid null value for required INT32 field"_qs;
    }

    void toConnectErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        JsonConverter c;
        setUp(c);
        QCOMPARE(toConnectError(c, json), error);
    }

    void fromConnectErrors()
    {
        JsonConverter c;
        setUp(c);
        QCOMPARE(toJsonError(c, Schema::boolean(), Value()),
            u"Conversion error: null value for field that is required and has no default value"_qs);
        QCOMPARE(toJsonError(c, Schema::float64(), Value(true)),
            u"Invalid type for FLOAT64: class java.lang.Boolean"_qs);
        QCOMPARE(toJsonError(c, Schema::int32(), Value(qint64(1))),
            u"Invalid type for INT32: class java.lang.Long"_qs);
        QCOMPARE(toJsonError(c, Schema(), Value(Decimal())),
            u"Java class class java.math.BigDecimal does not have corresponding schema type."_qs);
        QCOMPARE(toJsonError(c, DecimalSchema::schema(2), Value::string("1.56")),
            u"Invalid type for Decimal, expected BigDecimal but was class java.lang.String"_qs);
        QCOMPARE(toJsonError(c, DecimalSchema::schema(2), Value(Decimal::fromUnscaled(156, 3))),
            u"BigDecimal has mismatching scale value for given Decimal schema"_qs);
        QCOMPARE(toJsonError(c, DateSchema::schema(), Value(qint64(1))),
            u"Invalid type for Date, expected Date but was class java.lang.Long"_qs);
        QCOMPARE(toJsonError(c, TimeSchema::schema(), Value::string("x")),
            u"Invalid type for Time, expected Date but was class java.lang.String"_qs);
        QCOMPARE(toJsonError(c, TimestampSchema::schema(), Value(1)),
            u"Invalid type for Timestamp, expected Date but was class java.lang.Integer"_qs);
        const Schema other = SchemaBuilder::structure().field(u"ID"_qs, Schema::int64()).build();
        QCOMPARE(toJsonError(c, other, orderRow(1, "x")), u"Mismatching schema."_qs);
        QCOMPARE(toJsonError(c, Schema(), orderRow(1, "x")), u"Mismatching schema."_qs);
        Struct missing(orderSchema());
        QCOMPARE(toJsonError(c, orderSchema(), missing),
            u"Conversion error: null value for field that is required and has no default value"_qs);
        // An equal schema built separately is not a mismatch.
        QVERIFY(toJson(c, orderSchema(), orderRow(1, "x")).startsWith("{\"schema\""));
    }

    // ---- configuration and caches ----

    void configuration()
    {
        JsonConverter c;
        QVERIFY(c.schemasEnabled());
        QCOMPARE(c.schemaCacheSize(), 1000);
        QVERIFY(c.replaceNullWithDefault());
        QCOMPARE(c.decimalFormat(), JsonConverter::DecimalFormat::Base64);
        QVERIFY(c.configure({}, true).ok());
        QVERIFY(c.isKey());
        QCOMPARE(c.configure({ { u"schemas.enable"_qs, u"maybe"_qs } }, false).error().message,
            u"Invalid value maybe for configuration schemas.enable: Expected value to be either true or false"_qs);
        QCOMPARE(c.configure({ { u"decimal.format"_qs, u"HEX"_qs } }, false).error().message,
            u"Invalid value HEX for configuration decimal.format: String must be one of (case insensitive): BASE64, NUMERIC"_qs);
        QCOMPARE(c.configure({ { u"schemas.cache.size"_qs, u"x"_qs } }, false).error().message,
            u"Invalid value x for configuration schemas.cache.size: Not a number of type INT"_qs);
        QCOMPARE(c.configure(ConverterConfig {}).error().message,
            u"Missing required configuration \"converter.type\" which has no default value."_qs);
        QVERIFY(c.configure({ { u"converter.type"_qs, u"header"_qs }, { u"schemas.enable"_qs, u"FALSE"_qs } })
                    .ok());
        QVERIFY(!c.schemasEnabled());
    }

    void schemaCaches()
    {
        JsonConverter c;
        setUp(c, { { u"schemas.cache.size"_qs, u"2"_qs } });
        QCOMPARE(c.fromConnectSchemaCacheSize(), 0);
        toJson(c, orderSchema(), orderRow(1, "a"));
        toJson(c, orderSchema(), orderRow(2, "b")); // an equal schema built again: same entry
        QCOMPARE(c.fromConnectSchemaCacheSize(), 1);
        toJson(c, Schema::int32(), Value(1));
        toJson(c, Schema::int64(), Value(qint64(1)));
        QCOMPARE(c.fromConnectSchemaCacheSize(), 2); // LRU bound
        QVERIFY(toJson(c, orderSchema(), orderRow(1, "1st OrderPlaced."))
                    .endsWith(R"("payload":{"ID":1,"MESSAGE":"1st OrderPlaced."}})"));

        const QByteArray record = toJson(c, orderSchema(), orderRow(1, "x"));
        toConnect(c, record);
        toConnect(c, record);
        QCOMPARE(c.toConnectSchemaCacheSize(), 1);

        JsonConverter none;
        setUp(none, { { u"schemas.cache.size"_qs, u"0"_qs } });
        QCOMPARE(toJson(none, orderSchema(), orderRow(1, "x")), record);
        QCOMPARE(toConnect(none, record).value, orderRow(1, "x"));
        QCOMPARE(none.fromConnectSchemaCacheSize(), 0);
        QCOMPARE(none.toConnectSchemaCacheSize(), 0);
    }

    // Records repeating the last schema text skip re-parsing it; results and errors must not change.
    void repeatedSchemaFastPath()
    {
        JsonConverter c;
        setUp(c);
        const QByteArray good = toJson(c, orderSchema(), orderRow(1, "a"));
        QCOMPARE(toConnect(c, good).value, orderRow(1, "a"));
        const QByteArray head = good.left(good.indexOf(",\"payload\":"));
        QCOMPARE(toConnect(c, head + R"(,"payload":{"ID":2,"MESSAGE":null}})").value, orderRow(2, nullptr));
        QCOMPARE(toConnect(c, head + R"(,"payload":{"ID":3} )" + "\n}\n").value, orderRow(3, nullptr));
        QCOMPARE(toConnectError(c, head + R"(,"payload":{"MESSAGE":"x"}})"),
            u"Invalid null value for required INT64 field"_qs);
        QCOMPARE(toConnectError(c, head + R"(,"payload":{"ID":1},"extra":1})"),
            u"JsonConverter with schemas.enable requires \"schema\" and \"payload\" fields and may not "
            u"contain "
            u"additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false "
            u"in "
            u"your converter configuration."_qs);
        QCOMPARE(toConnectError(c, head + R"(,"payload":{"ID":1)"),
            u"Converting byte[] to Kafka Connect data failed due to serialization error: "_qs);
        QCOMPARE(toConnect(c, head + R"(,"payload":{"ID":0012}})").value, orderRow(12, nullptr));
        // A different schema after the cached one.
        QCOMPARE(toConnect(c, R"({"schema":{"type":"int32"},"payload":5})").value, Value(5));
        QCOMPARE(toConnect(c, good).value, orderRow(1, "a"));
    }

    void asConnectSchemaDirect()
    {
        JsonConverter c;
        setUp(c);
        Result<Schema> s = c.asConnectSchema(
            R"({"type":"array","items":{"type":"double","optional":true},"optional":true})");
        QVERIFY(s.ok());
        QCOMPARE(*s, SchemaBuilder::array(Schema::optionalFloat64()).optional().build());
        QVERIFY(c.asConnectSchema("null")->isNull());
        QCOMPARE(*c.asJsonSchema(*s),
            QByteArray(R"({"type":"array","items":{"type":"double","optional":true},"optional":true})"));
    }
};

QTEST_GUILESS_MAIN(TstJsonConverter)
#include "tst_jsonconverter.moc"
