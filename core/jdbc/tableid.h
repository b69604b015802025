#pragma once

#include <QString>
#include <QStringList>

namespace cs::jdbc {

// quote.sql.identifiers: "always" quotes every identifier the dialect writes, "never" writes them bare
// (the database then folds unquoted names by its own rules).
enum class QuoteMethod
{
    Always,
    Never
};
// "always"/"never" (case-insensitive); nullopt-like: returns false for anything else.
bool parseQuoteMethod(const QString &text, QuoteMethod *out);

// A table's identity: optional catalog, optional schema and the table name, each as the database's
// catalog reports it (unquoted, case preserved). A plain value type (upstream's TableId).
struct TableId
{
    QString catalog;
    QString schema;
    QString table;

    bool isEmpty() const { return table.isEmpty(); }
    // The dotted, unquoted name: "public.orders", "mydb.orders", "orders" (upstream's unquoted fqn,
    // used in source partitions and whitelist matching).
    QString unquotedFqn() const;
    // Every part in double quotes: "public"."orders" (how upstream renders a TableId in messages).
    QString toString() const;

    friend bool operator==(const TableId &a, const TableId &b)
    {
        return a.catalog == b.catalog && a.schema == b.schema && a.table == b.table;
    }
    friend bool operator!=(const TableId &a, const TableId &b) { return !(a == b); }
    friend bool operator<(const TableId &a, const TableId &b)
    {
        if (a.catalog != b.catalog)
            return a.catalog < b.catalog;
        if (a.schema != b.schema)
            return a.schema < b.schema;
        return a.table < b.table;
    }
};

// How a dialect writes and reads identifiers: the quote character (doubled inside a quoted name, so a
// name can never end the quoting early) and the separator between catalog, schema and table.
class IdentifierRules
{
public:
    IdentifierRules(QChar quote = QLatin1Char('"'), QChar separator = QLatin1Char('.'))
        : m_quote(quote)
        , m_separator(separator)
    { }

    QChar quote() const { return m_quote; }
    QChar separator() const { return m_separator; }

    // `name` in quotes, embedded quote characters doubled.
    QString quoted(const QString &name) const;
    // Splits "a"."b".c into its parts, removing the quotes (and undoubling quotes inside them). A
    // separator inside quotes is part of the name. Returns an empty list for an empty or malformed
    // text (an unterminated quote).
    QStringList parseQualified(const QString &text) const;

private:
    QChar m_quote;
    QChar m_separator;
};

} // namespace cs::jdbc
