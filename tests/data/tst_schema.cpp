// Tests of cs::data::Schema and SchemaBuilder: properties, predefined schemas, structural equality,
// logical types and upstream's validation / builder error texts.
#include <thread>

#include <QtTest>

#include "data/logicaltypes.h"
#include "data/schema.h"
#include "data/schemabuilder.h"
#include "data/value.h"

using namespace cs::data;

class TstSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predefined()
    {
        QCOMPARE(Schema::int64().type(), Type::Int64);
        QVERIFY(!Schema::int64().isOptional());
        QVERIFY(Schema::optionalString().isOptional());
        QCOMPARE(Schema::optionalString().type(), Type::String);
        QVERIFY(Schema::int8().sameInstance(Schema::int8()));
        QVERIFY(Schema::int8() != Schema::optionalInt8());
        QVERIFY(!Schema::bytes().hasName());
        QVERIFY(!Schema::bytes().version());
        QVERIFY(!Schema::bytes().defaultValue());
        QVERIFY(Schema().isNull());
    }

    void typeNames()
    {
        QCOMPARE(typeName(Type::Int8), u"INT8"_qs);
        QCOMPARE(typeName(Type::Float32), u"FLOAT32"_qs);
        QCOMPARE(typeName(Type::Float64), u"FLOAT64"_qs);
        QCOMPARE(typeName(Type::Struct), u"STRUCT"_qs);
        QCOMPARE(typeName(Type::Boolean), u"BOOLEAN"_qs);
    }

    void builderProperties()
    {
        const Schema s = SchemaBuilder::boolean()
                             .optional()
                             .name(u"bool"_qs)
                             .version(2)
                             .doc(u"the documentation"_qs)
                             .parameter(u"foo"_qs, u"bar"_qs)
                             .parameter(u"a"_qs, u"b"_qs)
                             .defaultValue(Value(true))
                             .build();
        QVERIFY(!s.isNull());
        QCOMPARE(s.type(), Type::Boolean);
        QVERIFY(s.isOptional());
        QCOMPARE(s.name(), u"bool"_qs);
        QCOMPARE(s.version(), std::optional<int>(2));
        QCOMPARE(s.doc(), u"the documentation"_qs);
        QVERIFY(s.hasParameters());
        QCOMPARE(s.parameters().size(), 2);
        QCOMPARE(s.parameters()[0].first, u"foo"_qs); // insertion order
        QCOMPARE(s.parameters()[1].first, u"a"_qs);
        QCOMPARE(s.parameter(u"a"), u"b"_qs);
        QVERIFY(s.parameter(u"missing").isNull());
        QVERIFY(s.defaultValue());
        QCOMPARE(*s.defaultValue(), Value(true));
        QCOMPARE(s.toString(), u"Schema{bool:BOOLEAN}"_qs);
        QCOMPARE(Schema::int32().toString(), u"Schema{INT32}"_qs);
    }

    void structFields()
    {
        const Schema s = SchemaBuilder::structure()
                             .name(u"ORDER_TABLE"_qs)
                             .field(u"ID"_qs, Schema::int64())
                             .field(u"MESSAGE"_qs, Schema::optionalString())
                             .build();
        QCOMPARE(s.fields().size(), 2);
        QCOMPARE(s.fields()[0].name(), u"ID"_qs);
        QCOMPARE(s.fields()[1].index(), 1);
        QVERIFY(s.field(u"MESSAGE"));
        QCOMPARE(s.field(u"MESSAGE")->schema(), Schema::optionalString());
        QCOMPARE(s.fieldUtf8("ID")->index(), 0);
        QVERIFY(!s.field(u"NOPE"));
        QVERIFY(!Schema::int32().field(u"ID"));

        // Many fields: looked up through the index.
        SchemaBuilder wide = SchemaBuilder::structure();
        for (int i = 0; i < 40; ++i)
            wide.field(u"f"_qs + QString::number(i), Schema::int32());
        const Schema w = wide.build();
        QCOMPARE(w.field(u"f37")->index(), 37);
        QCOMPARE(w.fieldUtf8("f12")->index(), 12);
        QVERIFY(!w.field(u"f40"));
    }

    void arrayAndMap()
    {
        const Schema a = SchemaBuilder::array(Schema::int32()).optional().build();
        QCOMPARE(a.type(), Type::Array);
        QCOMPARE(a.valueSchema(), Schema::int32());
        const Schema m = SchemaBuilder::map(Schema::string(), Schema::float64()).build();
        QCOMPARE(m.keySchema(), Schema::string());
        QCOMPARE(m.valueSchema(), Schema::float64());
    }

    void equality()
    {
        auto make = [](const QString &msgName) {
            return SchemaBuilder::structure()
                .name(u"ORDER_TABLE"_qs)
                .field(u"ID"_qs, Schema::int64())
                .field(msgName, Schema::optionalString())
                .build();
        };
        const Schema a = make(u"MESSAGE"_qs);
        const Schema b = make(u"MESSAGE"_qs);
        const Schema c = make(u"OTHER"_qs);
        QVERIFY(!a.sameInstance(b));
        QVERIFY(a == b);
        QCOMPARE(a.hash(), b.hash());
        QVERIFY(a != c);
        QVERIFY(SchemaBuilder::int32().defaultValue(Value(qint32(1))).build()
            != SchemaBuilder::int32().defaultValue(Value(qint32(2))).build());
        QVERIFY(SchemaBuilder::int32().version(1).build() != SchemaBuilder::int32().build());
        QVERIFY(SchemaBuilder::int32().doc(u"x"_qs).build() != SchemaBuilder::int32().build());
        QVERIFY(SchemaBuilder::int32().parameter(u"k"_qs, u"v"_qs).build() != SchemaBuilder::int32().build());
        QVERIFY(Schema() != Schema::int32());
        QVERIFY(Schema() == Schema());
    }

    void logicalTypes()
    {
        const Schema dec = DecimalSchema::schema(2);
        QCOMPARE(dec.type(), Type::Bytes);
        QCOMPARE(dec.name(), u"org.apache.kafka.connect.data.Decimal"_qs);
        QCOMPARE(dec.version(), std::optional<int>(1));
        QCOMPARE(dec.parameter(u"scale"), u"2"_qs);
        QCOMPARE(dec.logicalType(), LogicalType::Decimal);
        QCOMPARE(*DecimalSchema::scale(dec), 2);
        QCOMPARE(DecimalSchema::scale(Schema::bytes()).error().message,
            u"Invalid Decimal schema: scale parameter not found."_qs);

        QCOMPARE(DateSchema::schema().type(), Type::Int32);
        QCOMPARE(DateSchema::schema().logicalType(), LogicalType::Date);
        QCOMPARE(DateSchema::schema().name(), u"org.apache.kafka.connect.data.Date"_qs);
        QCOMPARE(TimeSchema::schema().type(), Type::Int32);
        QCOMPARE(TimeSchema::schema().name(), u"org.apache.kafka.connect.data.Time"_qs);
        QCOMPARE(TimestampSchema::schema(true).type(), Type::Int64);
        QVERIFY(TimestampSchema::schema(true).isOptional());
        QCOMPARE(TimestampSchema::schema().name(), u"org.apache.kafka.connect.data.Timestamp"_qs);
        QCOMPARE(Schema::int32().logicalType(), LogicalType::None);

        QCOMPARE(DateSchema::fromDate(QDate(1997, 5, 19)), 10000);
        QCOMPARE(DateSchema::toDate(10000), QDate(1997, 5, 19));
        QCOMPARE(DateSchema::fromDate(QDate(1969, 12, 31)), -1);
        QCOMPARE(TimeSchema::fromTime(QTime(4, 0)), 14400000);
        QCOMPARE(TimeSchema::toTime(14400000), QTime(4, 0));
        QCOMPARE(TimestampSchema::toDateTime(4000000000LL),
            QDateTime(QDate(1970, 2, 16), QTime(7, 6, 40), Qt::UTC));
        QCOMPARE(TimestampSchema::fromDateTime(QDateTime(QDate(1970, 2, 16), QTime(7, 6, 40), Qt::UTC)),
            4000000000LL);

        const Decimal d = *Decimal::fromString(QByteArrayView("1.56"));
        QCOMPARE(*DecimalSchema::fromLogical(dec, d), QByteArray("\x00\x9c", 2));
        QCOMPARE(DecimalSchema::fromLogical(dec, *Decimal::fromString(QByteArrayView("1.5"))).error().message,
            u"BigDecimal has mismatching scale value for given Decimal schema"_qs);
        QCOMPARE(*DecimalSchema::toLogical(dec, QByteArray("\x00\x9c", 2)), d);
    }

    void validateValue_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("error"); // empty = valid

        QTest::newRow("int64 ok") << Schema::int64() << Value(qint64(1)) << QString();
        QTest::newRow("int32 gets long")
            << Schema::int32() << Value(qint64(1))
            << u"Invalid Java object for schema with type INT32: class java.lang.Long"_qs;
        QTest::newRow("required null")
            << Schema::string() << Value()
            << u"Invalid value: null used for required field: \"null\", schema type: STRING"_qs;
        QTest::newRow("optional null") << Schema::optionalString() << Value() << QString();
        QTest::newRow("named")
            << DecimalSchema::schema(2) << Value::bytes("x")
            << u"Invalid Java object for schema \"org.apache.kafka.connect.data.Decimal\" with type "
               u"BYTES: class [B"_qs;
        QTest::newRow("decimal ok") << DecimalSchema::schema(2) << Value(Decimal::fromUnscaled(156, 2))
                                    << QString();
        QTest::newRow("date is int32") << DateSchema::schema() << Value(qint32(3)) << QString();
        QTest::newRow("timestamp is int64") << TimestampSchema::schema() << Value(qint64(3)) << QString();
        QTest::newRow("array element")
            << SchemaBuilder::array(Schema::int32()).build()
            << Value(ValueList { Value(qint32(1)), Value::string("x") })
            << u"Invalid Java object for schema with type INT32: class java.lang.String"_qs;
        QTest::newRow("map ok") << SchemaBuilder::map(Schema::string(), Schema::int32()).build()
                                << Value(ValueMap { { Value::string("a"), Value(qint32(1)) } }) << QString();
        QTest::newRow("float")
            << Schema::float32() << Value(1.0)
            << u"Invalid Java object for schema with type FLOAT32: class java.lang.Double"_qs;
    }

    void validateValue()
    {
        QFETCH(Schema, schema);
        QFETCH(Value, value);
        QFETCH(QString, error);
        const Status s = schema.validateValue(value);
        if (error.isEmpty())
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        else
            QCOMPARE(s.ok() ? QString() : s.error().message, error);
    }

    void builderErrors()
    {
        QCOMPARE(SchemaBuilder::int32().field(u"a"_qs, Schema::int32()).tryBuild().error().message,
            u"Cannot create fields on type INT32"_qs);
        QCOMPARE(SchemaBuilder::structure().field(u""_qs, Schema::int32()).tryBuild().error().message,
            u"fieldName cannot be null."_qs);
        QCOMPARE(SchemaBuilder::structure().field(u"a"_qs, Schema()).tryBuild().error().message,
            u"fieldSchema for field a cannot be null."_qs);
        QCOMPARE(SchemaBuilder::structure()
                     .field(u"a"_qs, Schema::int32())
                     .field(u"a"_qs, Schema::int32())
                     .tryBuild()
                     .error()
                     .message,
            u"Cannot create field because of field name duplication a"_qs);
        const Result<Schema> bad = SchemaBuilder::int32().defaultValue(Value::string("x")).tryBuild();
        QCOMPARE(bad.error().message, u"Invalid default value"_qs);
        QCOMPARE(
            bad.error().cause, u"Invalid Java object for schema with type INT32: class java.lang.String"_qs);
        QCOMPARE(SchemaBuilder::int32().name(u"a"_qs).name(u"b"_qs).tryBuild().error().message,
            u"Invalid SchemaBuilder call: name has already been set."_qs);
        QCOMPARE(SchemaBuilder::int32().optional().required().tryBuild().error().message,
            u"Invalid SchemaBuilder call: optional has already been set."_qs);
        QCOMPARE(
            SchemaBuilder::array(Schema()).tryBuild().error().message, u"valueSchema cannot be null."_qs);
        QCOMPARE(SchemaBuilder::map(Schema(), Schema::int32()).tryBuild().error().message,
            u"keySchema cannot be null."_qs);
        QVERIFY(SchemaBuilder::int32().name(u"a"_qs).name(u"a"_qs).tryBuild().ok());
        QVERIFY(SchemaBuilder::int32().defaultValue(Value::string("x")).build().isNull());
    }

    void builderCopiesAreIndependent()
    {
        SchemaBuilder a = SchemaBuilder::structure().field(u"x"_qs, Schema::int32());
        SchemaBuilder b = a;
        b.field(u"y"_qs, Schema::int32());
        QCOMPARE(a.build().fields().size(), 1);
        QCOMPARE(b.build().fields().size(), 2);
        const Schema built = SchemaBuilder::from(b.build()).name(u"n"_qs).build();
        QCOMPARE(built.fields().size(), 2);
        QCOMPARE(built.name(), u"n"_qs);
    }

    void sharedAcrossThreads()
    {
        const Schema s = SchemaBuilder::structure()
                             .field(u"ID"_qs, Schema::int64())
                             .field(u"MESSAGE"_qs, Schema::optionalString())
                             .build();
        std::atomic<int> matches { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 10000; ++i) {
                    Schema copy = s;
                    if (copy.field(u"MESSAGE") && copy == s)
                        ++matches;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(matches.load(), 40000);
    }
};

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
