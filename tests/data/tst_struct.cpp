// Tests of cs::data::Value and Struct: kinds, accessors, Java toString()/class names, put/validate
// texts, defaults.
#include <QtTest>

#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/value.h"

using namespace cs::data;

class TstStruct : public QObject
{
    Q_OBJECT

    Schema orderSchema() const
    {
        return SchemaBuilder::structure()
            .name(u"ORDER_TABLE"_qs)
            .field(u"ID"_qs, Schema::int64())
            .field(u"MESSAGE"_qs, Schema::optionalString())
            .build();
    }

private Q_SLOTS:
    void valueKinds()
    {
        QCOMPARE(Value().kind(), Value::Kind::Null);
        QCOMPARE(Value(true).kind(), Value::Kind::Boolean);
        QCOMPARE(Value(qint8(1)).kind(), Value::Kind::Int8);
        QCOMPARE(Value(qint16(1)).kind(), Value::Kind::Int16);
        QCOMPARE(Value(1).kind(), Value::Kind::Int32);
        QCOMPARE(Value(qint64(1)).kind(), Value::Kind::Int64);
        QCOMPARE(Value(std::int64_t(1)).kind(), Value::Kind::Int64);
        QCOMPARE(Value(std::int64_t(1)), Value(qint64(1)));
        QCOMPARE(Value(1.0f).kind(), Value::Kind::Float32);
        QCOMPARE(Value(1.0).kind(), Value::Kind::Float64);
        QCOMPARE(Value::string("a").kind(), Value::Kind::String);
        QCOMPARE(Value::bytes("a").kind(), Value::Kind::Bytes);
        QCOMPARE(Value(Decimal()).kind(), Value::Kind::Decimal);
        QCOMPARE(Value(ValueList {}).kind(), Value::Kind::Array);
        QCOMPARE(Value(ValueMap {}).kind(), Value::Kind::Map);
        QCOMPARE(Value(Struct(orderSchema())).kind(), Value::Kind::Struct);
        QVERIFY(Value::string("a") != Value::bytes("a"));
        QCOMPARE(Value::fromString(u"한글"_qs).stringUtf8(), QByteArray("\xed\x95\x9c\xea\xb8\x80"));
        QCOMPARE(Value::string("\xed\x95\x9c").toQString(), u"한"_qs);
        QCOMPARE(Value(qint64(5)).toInt32(), 0); // wrong kind gives zero
    }

    void javaText()
    {
        QCOMPARE(Value(qint64(1)).javaClassName(), u"class java.lang.Long"_qs);
        QCOMPARE(Value::bytes("").javaClassName(), u"class [B"_qs);
        QCOMPARE(Value(Decimal()).javaClassName(), u"class java.math.BigDecimal"_qs);
        QCOMPARE(Value(1.0e10).toString(), u"1.0E10"_qs);
        QCOMPARE(Value(12.34f).toString(), u"12.34"_qs);
        QCOMPARE(Value(ValueList { Value(1), Value::string("a") }).toString(), u"[1, a]"_qs);
        QCOMPARE(Value(ValueMap { { Value::string("k"), Value(true) } }).toString(), u"{k=true}"_qs);
        Struct s(orderSchema());
        s.set(0, Value(qint64(7)));
        QCOMPARE(s.toString(), u"Struct{ID=7}"_qs);
        s.set(1, Value::string("hi"));
        QCOMPARE(Value(s).toString(), u"Struct{ID=7,MESSAGE=hi}"_qs);
    }

    void putAndGet()
    {
        Struct s(orderSchema());
        QCOMPARE(s.size(), 2);
        QVERIFY(s.put(u"ID", Value(qint64(1))).ok());
        QVERIFY(s.put(u"MESSAGE", Value::string("1st OrderPlaced.")).ok());
        QCOMPARE(s.get(u"ID"), Value(qint64(1)));
        QCOMPARE(s.get(1).toQString(), u"1st OrderPlaced."_qs);
        QVERIFY(s.get(u"NOPE").isNull());
        QVERIFY(s.validate().ok());

        QCOMPARE(s.put(u"NOPE", Value(1)).error().message, u"NOPE is not a valid field name"_qs);
        QCOMPARE(s.put(u"ID", Value(1)).error().message,
            u"Invalid Java object for schema with type INT64: class java.lang.Integer for field: \"ID\""_qs);
        QCOMPARE(s.put(u"ID", Value()).error().message,
            u"Invalid value: null used for required field: \"ID\", schema type: INT64"_qs);
        QCOMPARE(s.get(u"ID"), Value(qint64(1))); // unchanged after failed puts
        QVERIFY(s.put(u"MESSAGE", Value()).ok());
    }

    void validateMissingRequired()
    {
        Struct s(orderSchema());
        QCOMPARE(s.validate().error().message,
            u"Invalid value: null used for required field: \"ID\", schema type: INT64"_qs);
        s.set(0, Value(qint64(3)));
        QVERIFY(s.validate().ok());
    }

    void defaults()
    {
        const Schema schema = SchemaBuilder::structure()
                                  .field(u"a"_qs, SchemaBuilder::int32().defaultValue(Value(42)).build())
                                  .build();
        Struct s(schema);
        QVERIFY(s.validate().ok()); // null allowed where a default exists
        QCOMPARE(s.get(u"a"), Value(42));
        QVERIFY(s.getWithoutDefault(u"a").isNull());
    }

    void nestedAndEquality()
    {
        const Schema inner = orderSchema();
        const Schema outer = SchemaBuilder::structure().field(u"order"_qs, inner).build();
        Struct in(inner);
        in.set(0, Value(qint64(1)));
        Struct out(outer);
        QVERIFY(out.put(u"order", Value(in)).ok());
        QVERIFY(out.validate().ok());

        const Schema other
            = SchemaBuilder::structure().name(u"X"_qs).field(u"ID"_qs, Schema::int64()).build();
        Struct wrong(other);
        wrong.set(0, Value(qint64(1)));
        QCOMPARE(out.put(u"order", Value(wrong)).error().message, u"Struct schemas do not match."_qs);

        Struct copy = in;
        QVERIFY(copy == in);
        copy.set(0, Value(qint64(2)));
        QVERIFY(!(copy == in));
    }

    void create()
    {
        QCOMPARE(Struct::create(Schema::int32()).error().message, u"Not a struct schema: Schema{INT32}"_qs);
        QVERIFY(Struct::create(orderSchema()).ok());
        QVERIFY(!Struct().isValid());
    }
};

QTEST_GUILESS_MAIN(TstStruct)
#include "tst_struct.moc"
