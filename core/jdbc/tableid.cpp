#include "jdbc/tableid.h"

namespace cs::jdbc {

bool parseQuoteMethod(const QString &text, QuoteMethod *out)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("always"), Qt::CaseInsensitive) == 0) {
        *out = QuoteMethod::Always;
        return true;
    }
    if (t.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0) {
        *out = QuoteMethod::Never;
        return true;
    }
    return false;
}

QString TableId::unquotedFqn() const
{
    QStringList parts;
    if (!catalog.isEmpty())
        parts << catalog;
    if (!schema.isEmpty())
        parts << schema;
    parts << table;
    return parts.join(QLatin1Char('.'));
}

QString TableId::toString() const
{
    const IdentifierRules rules;
    QStringList parts;
    if (!catalog.isEmpty())
        parts << rules.quoted(catalog);
    if (!schema.isEmpty())
        parts << rules.quoted(schema);
    parts << rules.quoted(table);
    return parts.join(QLatin1Char('.'));
}

QString IdentifierRules::quoted(const QString &name) const
{
    QString out;
    out.reserve(name.size() + 2);
    out += m_quote;
    for (const QChar c : name) {
        out += c;
        if (c == m_quote)
            out += c; // doubled: the only way to write the quote character inside a quoted name
    }
    out += m_quote;
    return out;
}

QStringList IdentifierRules::parseQualified(const QString &text) const
{
    QStringList parts;
    QString current;
    bool inQuotes = false;
    bool partWasQuoted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == m_quote) {
                if (i + 1 < n && text.at(i + 1) == m_quote) {
                    current += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                current += c;
            }
        } else if (c == m_quote) {
            inQuotes = true;
            partWasQuoted = true;
        } else if (c == m_separator) {
            parts << (partWasQuoted ? current : current.trimmed());
            current.clear();
            partWasQuoted = false;
        } else {
            current += c;
        }
    }
    if (inQuotes)
        return {};
    parts << (partWasQuoted ? current : current.trimmed());
    for (const QString &p : std::as_const(parts)) {
        if (p.isEmpty())
            return {};
    }
    return parts;
}

} // namespace cs::jdbc
