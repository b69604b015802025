#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// Picks the dialect for a connector as upstream's DatabaseDialects does (§6): dialect.name when set,
// else the best match for the JDBC URL's subprotocol (sqlite, postgresql, mysql/mariadb, and ours: h2),
// else Generic. Stateless; thread-safe.
class Dialects
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::Dialects)
public:
    // Registered names in class-name order: GenericDatabaseDialect, H2DatabaseDialect, ...
    static QStringList registeredNames();
    // For a URL; "Not a valid JDBC URL: <url>" if it is not jdbc:<subprotocol>:<subname>.
    static Result<std::shared_ptr<DatabaseDialect>> forUrl(
        const QString &url, QuoteMethod quoting = QuoteMethod::Always);
    // By registered name (exact, then case-insensitive); upstream's "Unable to find dialect with name
    // '<n>' in the available dialects: [...]" otherwise.
    static Result<std::shared_ptr<DatabaseDialect>> byName(
        const QString &name, QuoteMethod quoting = QuoteMethod::Always);
    // dialect.name if non-empty, else forUrl(url).
    static Result<std::shared_ptr<DatabaseDialect>> select(
        const QString &dialectName, const QString &url, QuoteMethod quoting = QuoteMethod::Always);
};

} // namespace cs::jdbc
