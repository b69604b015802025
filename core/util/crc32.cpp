#include "util/crc32.h"

#include <array>

#include <QtEndian>

namespace cs {

namespace {

// Eight bytes per step through eight derived tables (table k gives the CRC of a byte followed by k
// zero bytes): the one-lookup-per-byte loop was still ~7 % of an embedded worker copying a table.
// Same value as the byte loop, which handles the tail.
constexpr std::array<std::array<quint32, 256>, 8> kCrcTables = [] {
    std::array<std::array<quint32, 256>, 8> tables {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        tables[0][i] = c;
    }
    for (size_t k = 1; k < 8; ++k) {
        for (size_t i = 0; i < 256; ++i)
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFFu];
    }
    return tables;
}();

} // namespace

quint32 crc32(QByteArrayView data)
{
    const auto &t = kCrcTables;
    quint32 c = 0xFFFFFFFFu;
    const uchar *p = reinterpret_cast<const uchar *>(data.data());
    qsizetype n = data.size();
    for (; n >= 8; n -= 8, p += 8) {
        const quint32 lo = c ^ qFromLittleEndian<quint32>(p);
        const quint32 hi = qFromLittleEndian<quint32>(p + 4);
        c = t[7][lo & 0xFFu] ^ t[6][(lo >> 8) & 0xFFu] ^ t[5][(lo >> 16) & 0xFFu] ^ t[4][lo >> 24]
            ^ t[3][hi & 0xFFu] ^ t[2][(hi >> 8) & 0xFFu] ^ t[1][(hi >> 16) & 0xFFu] ^ t[0][hi >> 24];
    }
    for (; n > 0; --n, ++p)
        c = t[0][(c ^ *p) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

} // namespace cs
