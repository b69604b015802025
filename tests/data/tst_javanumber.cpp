// Tests of Java's Float.toString / Double.toString text (JDK 19+ shortest-repr rules) as Jackson writes it.
#include <cmath>
#include <limits>

#include <QtTest>

#include "data/javanumber.h"

using namespace cs::data;

class TstJavaNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("1.0") << 1.0 << QByteArray("1.0");
        QTest::newRow("12.34") << 12.34 << QByteArray("12.34");
        QTest::newRow("1e10") << 1e10 << QByteArray("1.0E10");
        QTest::newRow("1e-5") << 1e-5 << QByteArray("1.0E-5");
        QTest::newRow("1e-3") << 1e-3 << QByteArray("0.001");
        QTest::newRow("0.002") << 0.002 << QByteArray("0.002");
        QTest::newRow("9.99e-4") << 9.99e-4 << QByteArray("9.99E-4");
        QTest::newRow("1e-4") << 1e-4 << QByteArray("1.0E-4");
        QTest::newRow("1e7") << 1e7 << QByteArray("1.0E7");
        QTest::newRow("9999999") << 9999999.0 << QByteArray("9999999.0");
        QTest::newRow("1234567.125") << 1234567.125 << QByteArray("1234567.125");
        QTest::newRow("123456789") << 123456789.0 << QByteArray("1.23456789E8");
        QTest::newRow("100") << 100.0 << QByteArray("100.0");
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("-1.5") << -1.5 << QByteArray("-1.5");
        QTest::newRow("zero") << 0.0 << QByteArray("0.0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("-0.0");
        QTest::newRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157E308");
        QTest::newRow("min normal") << std::numeric_limits<double>::min()
                                    << QByteArray("2.2250738585072014E-308");
        QTest::newRow("min subnormal") << std::numeric_limits<double>::denorm_min() << QByteArray("4.9E-324");
        QTest::newRow("1e23") << 1e23 << QByteArray("1.0E23");
        QTest::newRow("2e23") << 2e23 << QByteArray("2.0E23");
        QTest::newRow("1e21") << 1e21 << QByteArray("1.0E21");
        QTest::newRow("pi") << 3.141592653589793 << QByteArray("3.141592653589793");
        QTest::newRow("epoch-ish") << 1501834166000.0 << QByteArray("1.501834166E12");
        QTest::newRow("50.0") << 50.0 << QByteArray("50.0");
        QTest::newRow("NaN") << std::nan("") << QByteArray("NaN");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("Infinity");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Infinity");
    }

    void doubles()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(javaDoubleToString(value), text);
    }

    void floats_data()
    {
        QTest::addColumn<float>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("12.34") << 12.34f << QByteArray("12.34");
        QTest::newRow("1.1") << 1.1f << QByteArray("1.1");
        QTest::newRow("0.1") << 0.1f << QByteArray("0.1");
        QTest::newRow("1.0") << 1.0f << QByteArray("1.0");
        QTest::newRow("1e10") << 1e10f << QByteArray("1.0E10");
        QTest::newRow("16777216") << 16777216.0f << QByteArray("1.6777216E7");
        QTest::newRow("max") << std::numeric_limits<float>::max() << QByteArray("3.4028235E38");
        QTest::newRow("min subnormal") << std::numeric_limits<float>::denorm_min() << QByteArray("1.4E-45");
        // JDK 19+ prints the shortest text; older JDKs printed "1.17549435E-38".
        QTest::newRow("min normal") << std::numeric_limits<float>::min() << QByteArray("1.1754944E-38");
        QTest::newRow("3.14159") << 3.14159f << QByteArray("3.14159");
        QTest::newRow("-0.0") << -0.0f << QByteArray("-0.0");
        QTest::newRow("0.001") << 0.001f << QByteArray("0.001");
        QTest::newRow("NaN") << std::numeric_limits<float>::quiet_NaN() << QByteArray("NaN");
    }

    void floats()
    {
        QFETCH(float, value);
        QFETCH(QByteArray, text);
        QCOMPARE(javaFloatToString(value), text);
    }

    // Every output parses back to the same value (shortest text must still round-trip).
    void roundTrip()
    {
        quint64 state = 0x9E3779B97F4A7C15ULL;
        for (int i = 0; i < 200000; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            double d;
            std::memcpy(&d, &state, sizeof d);
            if (!std::isfinite(d))
                continue;
            const QByteArray text = javaDoubleToString(d);
            bool ok = false;
            const double back = text.toDouble(&ok);
            QVERIFY2(ok && back == d, text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstJavaNumber)
#include "tst_javanumber.moc"
