#pragma once

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// The fallback for any other URL (upstream's GenericDatabaseDialect): standard SQL with double-quoted
// identifiers and QtSql's own catalog access. Like upstream it has no column type mapping (so no
// auto.create/auto.evolve) and no upsert. Thread-safety as DatabaseDialect.
class GenericDialect : public DatabaseDialect
{
public:
    using DatabaseDialect::DatabaseDialect;
    QString name() const override { return QStringLiteral("Generic"); }
};

} // namespace cs::jdbc
