// Tests of cs::data::Decimal: BigInteger.toByteArray() bytes, exact text both ways (BigDecimal.toString
// and toPlainString), rescaling, big values.
#include <QtTest>

#include "data/decimal.h"

using namespace cs::data;

class TstDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unscaledBytes_data()
    {
        QTest::addColumn<qint64>("unscaled");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << qint64(0) << QByteArray("\x00", 1);
        QTest::newRow("1") << qint64(1) << QByteArray("\x01", 1);
        QTest::newRow("127") << qint64(127) << QByteArray("\x7f", 1);
        QTest::newRow("128") << qint64(128) << QByteArray("\x00\x80", 2);
        QTest::newRow("156") << qint64(156) << QByteArray("\x00\x9c", 2);
        QTest::newRow("-1") << qint64(-1) << QByteArray("\xff", 1);
        QTest::newRow("-128") << qint64(-128) << QByteArray("\x80", 1);
        QTest::newRow("-129") << qint64(-129) << QByteArray("\xff\x7f", 2);
        QTest::newRow("-256") << qint64(-256) << QByteArray("\xff\x00", 2);
        QTest::newRow("-32768") << qint64(-32768) << QByteArray("\x80\x00", 2);
        QTest::newRow("65536") << qint64(65536) << QByteArray("\x01\x00\x00", 3);
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << QByteArray("\x80\0\0\0\0\0\0\0", 8);
    }

    void unscaledBytes()
    {
        QFETCH(qint64, unscaled);
        QFETCH(QByteArray, bytes);
        const Decimal d = Decimal::fromUnscaled(unscaled, 0);
        QCOMPARE(d.unscaledBytes(), bytes);
        QCOMPARE(d.unscaledInt64(), std::optional<qint64>(unscaled));
        // The same bytes parsed from text.
        const auto parsed = Decimal::fromString(QByteArrayView(QByteArray::number(unscaled)));
        QVERIFY(parsed);
        QCOMPARE(parsed->unscaledBytes(), bytes);
        // Redundant sign bytes are dropped.
        const QByteArray padded = (unscaled < 0 ? QByteArray("\xff\xff", 2) : QByteArray("\0\0", 2)) + bytes;
        QCOMPARE(Decimal::fromUnscaledBytes(padded, 0)->unscaledBytes(), bytes);
    }

    void javaString_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("javaString");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<int>("scale");
        QTest::newRow("1.56") << QByteArray("1.56") << QByteArray("1.56") << QByteArray("1.56") << 2;
        QTest::newRow("trailing zeros")
            << QByteArray("1.5600") << QByteArray("1.5600") << QByteArray("1.5600") << 4;
        QTest::newRow("negative") << QByteArray("-0.001") << QByteArray("-0.001") << QByteArray("-0.001")
                                  << 3;
        QTest::newRow("small") << QByteArray("0.0000001") << QByteArray("1E-7") << QByteArray("0.0000001")
                               << 7;
        QTest::newRow("limit") << QByteArray("0.000001") << QByteArray("0.000001") << QByteArray("0.000001")
                               << 6;
        QTest::newRow("exp") << QByteArray("1.5E+3") << QByteArray("1.5E+3") << QByteArray("1500") << -2;
        QTest::newRow("exp2") << QByteArray("156e2") << QByteArray("1.56E+4") << QByteArray("15600") << -2;
        QTest::newRow("int") << QByteArray("0012") << QByteArray("12") << QByteArray("12") << 0;
        QTest::newRow("plus") << QByteArray("+7.0") << QByteArray("7.0") << QByteArray("7.0") << 1;
        QTest::newRow("zero scaled") << QByteArray("0.00") << QByteArray("0.00") << QByteArray("0.00") << 2;
        QTest::newRow("big") << QByteArray("123456789012345678901234567890.123456789")
                             << QByteArray("123456789012345678901234567890.123456789")
                             << QByteArray("123456789012345678901234567890.123456789") << 9;
        QTest::newRow("high precision")
            << QByteArray("1.23456789123456789") << QByteArray("1.23456789123456789")
            << QByteArray("1.23456789123456789") << 17;
        QTest::newRow("negative big")
            << QByteArray("-98765432109876543210") << QByteArray("-98765432109876543210")
            << QByteArray("-98765432109876543210") << 0;
    }

    void javaString()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, javaString);
        QFETCH(QByteArray, plain);
        QFETCH(int, scale);
        const auto d = Decimal::fromString(QByteArrayView(input));
        QVERIFY(d);
        QCOMPARE(d->toJavaString(), javaString);
        QCOMPARE(d->toPlainString(), plain);
        QCOMPARE(d->scale(), scale);
        // Round trip through the byte form.
        const auto back = Decimal::fromUnscaledBytes(d->unscaledBytes(), d->scale());
        QCOMPARE(back->toJavaString(), javaString);
    }

    void invalidText()
    {
        for (const char *bad : { "", "-", "1.2.3", "abc", "1e", "1e+", "--1", "1 ", ".", "0x10" })
            QVERIFY2(!Decimal::fromString(QByteArrayView(bad)), bad);
        QVERIFY(Decimal::fromString(QByteArrayView(".5")));
        QVERIFY(!Decimal::fromUnscaledBytes(QByteArrayView(), 0));
    }

    void bigBytes()
    {
        // 2^64 = 18446744073709551616 -> 01 00 .. 00 (9 bytes)
        const auto d = Decimal::fromString(QByteArrayView("18446744073709551616"));
        QCOMPARE(d->unscaledBytes(), QByteArray("\x01\0\0\0\0\0\0\0\0", 9));
        QVERIFY(!d->unscaledInt64());
        QCOMPARE(d->truncatedInt64(), 0); // low 64 bits, like BigInteger.longValue()
        const auto n = Decimal::fromString(QByteArrayView("-18446744073709551617"));
        QCOMPARE(n->unscaledBytes(), QByteArray("\xfe\xff\xff\xff\xff\xff\xff\xff\xff", 9));
        QCOMPARE(n->toJavaString(), QByteArray("-18446744073709551617"));
    }

    void rescaleAndCompare()
    {
        const Decimal a = *Decimal::fromString(QByteArrayView("1.5"));
        QCOMPARE(a.withScale(3)->toJavaString(), QByteArray("1.500"));
        QCOMPARE(a.withScale(3)->withScale(1)->toJavaString(), QByteArray("1.5"));
        QVERIFY(!a.withScale(0));
        const Decimal b = *Decimal::fromString(QByteArrayView("1.50"));
        QVERIFY(!(a == b)); // Java equals() compares scale
        QCOMPARE(a.compare(b), 0);
        QCOMPARE(Decimal::fromString(QByteArrayView("-2"))->compare(a), -1);
        QCOMPARE(a.compare(*Decimal::fromString(QByteArrayView("1.49"))), 1);
        QCOMPARE(a.precision(), 2);
        QCOMPARE(a.signum(), 1);
        QCOMPARE(Decimal().signum(), 0);
        QCOMPARE(Decimal::fromString(QByteArrayView("-12.75"))->truncatedInt64(), -12);
        QCOMPARE(Decimal::fromString(QByteArrayView("12.34"))->toDouble(), 12.34);
        QCOMPARE(Decimal::fromString(QByteArrayView("1E+3"))->truncatedInt64(), 1000);
    }
};

QTEST_GUILESS_MAIN(TstDecimal)
#include "tst_decimal.moc"
