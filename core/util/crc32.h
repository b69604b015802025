#pragma once

#include <QByteArrayView>

namespace cs {

// CRC-32 (IEEE 802.3, reflected 0xEDB88320; zlib's crc32), the checksum of the worker's journal
// records: enough to tell a torn or damaged record from a whole one. Thread-safe (constant tables).
quint32 crc32(QByteArrayView data);

} // namespace cs
