#include "converters/converter.h"

#include <QStringList>

namespace cs::converters::config {

namespace {
data::DataError invalid(const QString &key, const QString &value, const QString &reason)
{
    return data::DataError { QStringLiteral("Invalid value ") + value + QStringLiteral(" for configuration ")
        + key + QStringLiteral(": ") + reason };
}
} // namespace

data::Result<bool> parseBoolean(const ConverterConfig &config, const QString &key, bool defaultValue)
{
    auto it = config.constFind(key);
    if (it == config.cend())
        return defaultValue;
    const QString v = it->trimmed();
    if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return invalid(key, *it, QStringLiteral("Expected value to be either true or false"));
}

data::Result<int> parseInt(const ConverterConfig &config, const QString &key, int defaultValue)
{
    auto it = config.constFind(key);
    if (it == config.cend())
        return defaultValue;
    bool ok = false;
    const int v = it->trimmed().toInt(&ok);
    if (!ok)
        return invalid(key, *it, QStringLiteral("Not a number of type INT"));
    return v;
}

data::Result<QString> parseChoice(const ConverterConfig &config, const QString &key,
    const QString &defaultValue, const QStringList &allowed)
{
    auto it = config.constFind(key);
    if (it == config.cend())
        return defaultValue;
    const QString v = it->trimmed();
    for (const QString &a : allowed) {
        if (a.compare(v, Qt::CaseInsensitive) == 0)
            return a;
    }
    return invalid(key, *it,
        QStringLiteral("String must be one of (case insensitive): ") + allowed.join(QStringLiteral(", ")));
}

} // namespace cs::converters::config
