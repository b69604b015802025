#pragma once

#include <QString>

namespace cs::kafka {

// Makes an empty partition of the embedded broker (librdkafka 2.0's mock cluster) start at `offset`:
// its next record gets `offset` and ListOffsets(earliest) answers `offset`, as a Kafka log whose
// older segments were deleted. The mock has no DeleteRecords and numbers records from its end offset,
// so this sends it two Produce requests of its own making over 127.0.0.1:`clusterPort`: a batch that
// claims offset - 1 records and is larger than the mock's per-partition retention, then a one-record
// batch; appending the second drops the first and, the mock's log being empty then, moves its start
// to its end (rd_kafka_mock_msgset_new/_destroy). The one-record batch stays below the start offset,
// where no fetch reaches it. Needs offset >= 2 and an empty, existing partition. Blocking, any thread.
bool startMockPartitionAt(
    quint16 clusterPort, const QString &topic, int partition, qint64 offset, int timeoutMs, QString *error);

} // namespace cs::kafka
