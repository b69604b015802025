#include "kafka/mocklogstart.h"

#include <array>
#include <limits>

#include <QCoreApplication>
#include <QTcpSocket>
#include <QtEndian>

#include "kafka/embeddedbroker.h"

namespace cs::kafka {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::kafka::EmbeddedBroker", text);
}

// CRC-32C (Castagnoli, reflected 0x82F63B78), the RecordBatch checksum.
constexpr std::array<quint32, 256> kCrc32cTable = [] {
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0x82F63B78u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}();

quint32 crc32c(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = kCrc32cTable[(c ^ static_cast<quint8>(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

template<typename T> void put(QByteArray &out, T v)
{
    char b[sizeof(T)];
    qToBigEndian(v, b);
    out.append(b, sizeof(T));
}

void putString(QByteArray &out, const QByteArray &s)
{
    put<qint16>(out, qint16(s.size()));
    out.append(s);
}

// A RecordBatch (magic 2). `records` is what follows the header; `count` is what the header claims.
QByteArray recordBatch(qint32 count, qint16 attributes, const QByteArray &records)
{
    QByteArray tail; // attributes .. end: what the CRC covers
    put<qint16>(tail, attributes);
    put<qint32>(tail, count - 1); // lastOffsetDelta
    put<qint64>(tail, 0); // baseTimestamp
    put<qint64>(tail, 0); // maxTimestamp
    put<qint64>(tail, -1); // producerId
    put<qint16>(tail, -1); // producerEpoch
    put<qint32>(tail, -1); // baseSequence
    put<qint32>(tail, count);
    tail.append(records);
    QByteArray batch;
    put<qint64>(batch, 0); // baseOffset: the broker sets it
    put<qint32>(batch, qint32(4 + 1 + 4 + tail.size())); // batchLength
    put<qint32>(batch, 0); // partitionLeaderEpoch: the broker sets it
    batch.append(char(2)); // magic
    put<quint32>(batch, crc32c(tail));
    batch.append(tail);
    return batch;
}

// Sends a Produce request (v3) with `batch` and reads the partition's answer.
bool produce(QTcpSocket &socket, const QString &topic, int partition, const QByteArray &batch,
    qint32 correlationId, int timeoutMs, QString *error)
{
    QByteArray request;
    put<qint16>(request, 0); // Produce
    put<qint16>(request, 3);
    put<qint32>(request, correlationId);
    putString(request, QByteArrayLiteral("connect-studio-restore"));
    put<qint16>(request, -1); // transactional_id: null
    put<qint16>(request, 1); // acks
    put<qint32>(request, timeoutMs);
    put<qint32>(request, 1);
    putString(request, topic.toUtf8());
    put<qint32>(request, 1);
    put<qint32>(request, partition);
    put<qint32>(request, qint32(batch.size()));
    request.append(batch);
    QByteArray frame;
    put<qint32>(frame, qint32(request.size()));
    frame.append(request);
    if (socket.write(frame) != frame.size()) {
        *error = socket.errorString();
        return false;
    }
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            *error = socket.errorString();
            return false;
        }
    }
    QByteArray answer;
    qint32 size = -1;
    while (size < 0 || answer.size() < 4 + size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
            *error = socket.errorString();
            return false;
        }
        answer.append(socket.readAll());
        if (size < 0 && answer.size() >= 4)
            size = qFromBigEndian<qint32>(answer.constData());
    }
    // correlation_id, [topic: name, [partition, error_code, base_offset, ...]]
    const char *p = answer.constData() + 4;
    const char *end = answer.constData() + 4 + size;
    auto need = [&](qsizetype n) { return end - p >= n; };
    if (!need(4) || qFromBigEndian<qint32>(p) != correlationId)
        return (*error = tr("unexpected answer to a Produce request")), false;
    p += 4;
    if (!need(6))
        return (*error = tr("unexpected answer to a Produce request")), false;
    p += 4; // topic count (1)
    const qint16 nameLength = qFromBigEndian<qint16>(p);
    p += 2;
    if (nameLength < 0 || !need(nameLength + 4 + 4 + 2))
        return (*error = tr("unexpected answer to a Produce request")), false;
    p += nameLength + 4 + 4; // name, partition count (1), partition
    const qint16 code = qFromBigEndian<qint16>(p);
    if (code != 0) {
        *error = tr("the broker refused the records (Kafka error %1)").arg(code);
        return false;
    }
    return true;
}

} // namespace

bool startMockPartitionAt(
    quint16 clusterPort, const QString &topic, int partition, qint64 offset, int timeoutMs, QString *error)
{
    QString reason;
    auto fail = [&] {
        *error = tr("Cannot make %1-%2 of the embedded broker start at offset %3: %4")
                     .arg(topic)
                     .arg(partition)
                     .arg(offset)
                     .arg(reason);
        return false;
    };
    if (offset < 2 || offset - 1 > std::numeric_limits<qint32>::max()) {
        reason = tr("only offsets from 2 to 2^31 can be set");
        return fail();
    }
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), clusterPort);
    if (!socket.waitForConnected(timeoutMs)) {
        reason = socket.errorString();
        return fail();
    }
    // offset - 1 offsets, in more bytes than the partition retains. Marked gzip-compressed (the mock
    // checks the record count against the size of uncompressed batches only); no fetch ever sees it,
    // since the next batch drops it.
    const QByteArray filler(EmbeddedBroker::retainedBytesPerPartition + 4096, '\0');
    if (!produce(socket, topic, partition, recordBatch(qint32(offset - 1), 1, filler), 1, timeoutMs, &reason))
        return fail();
    // One record with null key and value (length 6, attributes, timestamp and offset deltas 0, key
    // and value -1, no headers), at offset - 1: below the start once appended.
    const QByteArray record = QByteArray::fromHex("0c0000000101"
                                                  "00");
    if (!produce(socket, topic, partition, recordBatch(1, 0, record), 2, timeoutMs, &reason))
        return fail();
    socket.disconnectFromHost();
    return true;
}

} // namespace cs::kafka
