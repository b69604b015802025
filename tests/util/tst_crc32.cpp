// The journals' record checksum: CRC-32 as zlib and Ethernet compute it, for every length and
// alignment (the eight-byte steps and the byte tail must agree).
#include <QTest>

#include "util/crc32.h"

class TestCrc32 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues();
    void everyLengthAndOffsetMatchesTheBytewiseDefinition();
};

void TestCrc32::knownValues()
{
    QCOMPARE(cs::crc32(QByteArrayView()), 0u);
    QCOMPARE(cs::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(cs::crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

void TestCrc32::everyLengthAndOffsetMatchesTheBytewiseDefinition()
{
    auto bytewise = [](QByteArrayView data) {
        quint32 c = 0xFFFFFFFFu;
        for (const char byte : data) {
            c ^= static_cast<quint8>(byte);
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c ^ 0xFFFFFFFFu;
    };
    QByteArray data;
    for (int i = 0; i < 200; ++i)
        data.append(char(i * 37 + 11));
    for (qsizetype offset = 0; offset < 8; ++offset) {
        for (qsizetype length = 0; length + offset <= data.size(); ++length) {
            const QByteArrayView part = QByteArrayView(data).sliced(offset, length);
            QCOMPARE(cs::crc32(part), bytewise(part));
        }
    }
}

QTEST_APPLESS_MAIN(TestCrc32)
#include "tst_crc32.moc"
