#include "jdbc/dialects.h"

#include <QRegularExpression>

#include "jdbc/genericdialect.h"
#include "jdbc/h2dialect.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/mysqldialect.h"
#include "jdbc/postgresqldialect.h"
#include "jdbc/sqlitedialect.h"

namespace cs::jdbc {

namespace {

std::shared_ptr<DatabaseDialect> create(const QString &registeredName, QuoteMethod quoting)
{
    if (registeredName == QLatin1String("GenericDatabaseDialect"))
        return std::make_shared<GenericDialect>(quoting);
    if (registeredName == QLatin1String("H2DatabaseDialect"))
        return std::make_shared<H2Dialect>(quoting);
    if (registeredName == QLatin1String("MySqlDatabaseDialect"))
        return std::make_shared<MySqlDialect>(quoting);
    if (registeredName == QLatin1String("PostgreSqlDatabaseDialect"))
        return std::make_shared<PostgreSqlDialect>(quoting);
    if (registeredName == QLatin1String("SqliteDatabaseDialect"))
        return std::make_shared<SqliteDialect>(quoting);
    return nullptr;
}

struct Provider
{
    const char *name;
    QStringList subprotocols;
};

} // namespace

QStringList Dialects::registeredNames()
{
    return { QStringLiteral("GenericDatabaseDialect"), QStringLiteral("H2DatabaseDialect"),
        QStringLiteral("MySqlDatabaseDialect"), QStringLiteral("PostgreSqlDatabaseDialect"),
        QStringLiteral("SqliteDatabaseDialect") };
}

Result<std::shared_ptr<DatabaseDialect>> Dialects::forUrl(const QString &url, QuoteMethod quoting)
{
    static const QRegularExpression re(
        QStringLiteral("^jdbc:([^:]+):(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return DataError(QStringLiteral("Not a valid JDBC URL: ") + redactUrl(url));
    const QString subprotocol = m.captured(1);
    const QString full = (subprotocol + QLatin1Char(':') + m.captured(2)).toLower();

    // Upstream's scoring: 100 for a provider whose subprotocol matches, 10 for Generic; the first
    // provider in class-name order wins ties.
    static const Provider providers[] = {
        { "H2DatabaseDialect", { QStringLiteral("h2") } },
        { "MySqlDatabaseDialect", { QStringLiteral("mariadb"), QStringLiteral("mysql") } },
        { "PostgreSqlDatabaseDialect", { QStringLiteral("postgresql") } },
        { "SqliteDatabaseDialect", { QStringLiteral("sqlite") } },
    };
    for (const Provider &p : providers) {
        for (const QString &sp : p.subprotocols) {
            if (sp.compare(subprotocol, Qt::CaseInsensitive) == 0 || full.startsWith(sp))
                return create(QLatin1String(p.name), quoting);
        }
    }
    return create(QStringLiteral("GenericDatabaseDialect"), quoting);
}

Result<std::shared_ptr<DatabaseDialect>> Dialects::byName(const QString &name, QuoteMethod quoting)
{
    const QStringList names = registeredNames();
    for (const QString &n : names) {
        if (n == name)
            return create(n, quoting);
    }
    for (const QString &n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return create(n, quoting);
    }
    return DataError(QStringLiteral("Unable to find dialect with name '") + name
        + QStringLiteral("' in the available dialects: [") + names.join(QStringLiteral(", "))
        + QLatin1Char(']'));
}

Result<std::shared_ptr<DatabaseDialect>> Dialects::select(
    const QString &dialectName, const QString &url, QuoteMethod quoting)
{
    if (!dialectName.trimmed().isEmpty())
        return byName(dialectName.trimmed(), quoting);
    return forUrl(url, quoting);
}

} // namespace cs::jdbc
