// Tests of StringConverter, ByteArrayConverter and the converter registry (upstream class names,
// simple-name aliases, error texts).
#include <QtTest>

#include "converters/bytearrayconverter.h"
#include "converters/converterregistry.h"
#include "converters/jsonconverter.h"
#include "converters/stringconverter.h"
#include "data/schemabuilder.h"

using namespace cs::data;
using namespace cs::converters;

class TstSimpleConverters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringConverter()
    {
        StringConverter c;
        QVERIFY(c.configure({}, false).ok());
        QCOMPARE(
            *c.fromConnectData(u"t", Schema::string(), Value::string("héllo")), QByteArray("h\xc3\xa9llo"));
        QCOMPARE(*c.fromConnectData(u"t", Schema(), Value(qint64(42))), QByteArray("42"));
        QCOMPARE(*c.fromConnectData(u"t", Schema(), Value(1e10)), QByteArray("1.0E10"));
        QVERIFY(c.fromConnectData(u"t", Schema::optionalString(), Value())->isNull());
        Result<SchemaAndValue> r = c.toConnectData(u"t", QByteArrayView("h\xc3\xa9llo"));
        QCOMPARE(r->schema, Schema::optionalString());
        QCOMPARE(r->value.toQString(), u"héllo"_qs);
        r = c.toConnectData(u"t", QByteArrayView());
        QCOMPARE(r->schema, Schema::optionalString());
        QVERIFY(r->value.isNull());

        const Schema s = SchemaBuilder::structure().field(u"ID"_qs, Schema::int64()).build();
        Struct st(s);
        st.set(0, Value(qint64(1)));
        QCOMPARE(*c.fromConnectData(u"t", s, st), QByteArray("Struct{ID=1}"));
    }

    void stringConverterEncoding()
    {
        StringConverter c;
        QVERIFY(c.configure({ { u"converter.encoding"_qs, u"ISO-8859-1"_qs } }, true).ok());
        QCOMPARE(*c.fromConnectData(u"t", Schema(), Value::string("h\xc3\xa9")), QByteArray("h\xe9"));
        QCOMPARE(c.toConnectData(u"t", QByteArrayView("h\xe9"))->value.toQString(), u"hé"_qs);
        QVERIFY(!c.configure({ { u"converter.encoding"_qs, u"NO-SUCH-CHARSET"_qs } }, true).ok());
    }

    void byteArrayConverter()
    {
        ByteArrayConverter c;
        QVERIFY(c.configure({}, false).ok());
        const QByteArray raw("\x00\x01\x02", 3);
        QCOMPARE(*c.fromConnectData(u"t", Schema::bytes(), Value::bytes(raw)), raw);
        QCOMPARE(*c.fromConnectData(u"t", Schema(), Value::bytes(raw)), raw);
        QVERIFY(c.fromConnectData(u"t", Schema(), Value())->isNull());
        const Result<QByteArray> empty = c.fromConnectData(u"t", Schema(), Value::bytes(QByteArray()));
        QVERIFY(!empty->isNull()); // an empty value is not a tombstone
        QCOMPARE(c.fromConnectData(u"t", Schema::string(), Value::string("x")).error().message,
            u"Invalid schema type for ByteArrayConverter: STRING"_qs);
        QCOMPARE(c.fromConnectData(u"t", Schema(), Value::string("x")).error().message,
            u"ByteArrayConverter is not compatible with objects of type class java.lang.String"_qs);
        Result<SchemaAndValue> r = c.toConnectData(u"t", raw);
        QCOMPARE(r->schema, Schema::optionalBytes());
        QCOMPARE(r->value, Value::bytes(raw));
        QVERIFY(c.toConnectData(u"t", QByteArrayView())->value.isNull());
    }

    void registry()
    {
        QCOMPARE(ConverterRegistry::classNames().size(), 3);
        for (const QString &name : ConverterRegistry::classNames()) {
            auto c = ConverterRegistry::instantiate(name);
            QVERIFY(c);
            QCOMPARE(c->className(), name);
        }
        QCOMPARE(ConverterRegistry::instantiate(u"JsonConverter")->className(),
            u"org.apache.kafka.connect.json.JsonConverter"_qs);
        QCOMPARE(ConverterRegistry::instantiate(u" StringConverter ")->className(),
            u"org.apache.kafka.connect.storage.StringConverter"_qs);
        QCOMPARE(ConverterRegistry::canonicalName(u"ByteArrayConverter"),
            u"org.apache.kafka.connect.converters.ByteArrayConverter"_qs);
        QVERIFY(!ConverterRegistry::instantiate(u"io.confluent.connect.avro.AvroConverter"));
        QCOMPARE(ConverterRegistry::create(u"io.confluent.connect.avro.AvroConverter").error().message,
            u"Class io.confluent.connect.avro.AvroConverter could not be found."_qs);

        // Through the interface, as the worker uses it.
        std::shared_ptr<Converter> json
            = *ConverterRegistry::create(u"org.apache.kafka.connect.json.JsonConverter");
        QVERIFY(json->configure({ { u"schemas.enable"_qs, u"false"_qs } }, false).ok());
        QCOMPARE(*json->fromConnectData(u"t", Schema::int32(), Value(5)), QByteArray("5"));
        QCOMPARE(json->toConnectData(u"t", QByteArrayView("5"))->value, Value(qint64(5)));
    }
};

QTEST_GUILESS_MAIN(TstSimpleConverters)
#include "tst_simpleconverters.moc"
