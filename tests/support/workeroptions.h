#pragma once

#include <optional>

#include <QString>

#include "worker/worker.h"

namespace cs::testsupport {

// Worker options whose config is read from the text of a connect-distributed.properties file, as
// connect-studio-worker reads its file. nullopt, with the parse or config errors in *error, when the
// text is not a valid worker config.
std::optional<cs::worker::Worker::Options> workerOptions(const QString &properties, QString *error = nullptr);
// The same for a worker with its own embedded broker on `kafkaPort` (--embedded-kafka) and its
// journals in `stateDirectory` (--state-dir).
std::optional<cs::worker::Worker::Options> embeddedWorkerOptions(
    const QString &properties, quint16 kafkaPort, const QString &stateDirectory, QString *error = nullptr);

} // namespace cs::testsupport
