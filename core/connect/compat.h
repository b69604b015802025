#pragma once

#include <QString>

namespace cs::connect {

// The Apache Kafka Connect release whose REST API, entity shapes and texts this worker reproduces.
// GET / reports it as "version", and the built-in plugins report it as their version, as upstream's
// bundled plugins report AppInfoParser.getVersion(). Constants; thread-safe.
inline QString kafkaVersion()
{
    return QStringLiteral("3.9.0");
}

// GET /'s "commit": the source revision of this build ("unknown" when not built from git), as
// upstream reports its own commit id.
QString buildCommitId();

} // namespace cs::connect
