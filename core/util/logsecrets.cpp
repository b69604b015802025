#include "util/logsecrets.h"

#include <algorithm>

namespace cs::util {

bool isSecretConfigKey(QStringView key)
{
    return key.contains(u"password", Qt::CaseInsensitive) || key.contains(u"secret", Qt::CaseInsensitive)
        || key.contains(u"sasl.jaas.config", Qt::CaseInsensitive)
        || key.endsWith(u".key", Qt::CaseInsensitive);
}

QString maskedConfigValue(QStringView key, const QString &value)
{
    return isSecretConfigKey(key) ? QStringLiteral("[hidden]") : value;
}

QString renderConfigForLog(const QList<std::pair<QString, QString>> &entries)
{
    QString out = QStringLiteral("{");
    bool first = true;
    for (const auto &[key, value] : entries) {
        if (!first)
            out += QStringLiteral(", ");
        first = false;
        out += key;
        out += u'=';
        out += maskedConfigValue(key, value);
    }
    out += u'}';
    return out;
}

QString renderConfigForLog(const QMap<QString, QString> &config)
{
    QList<std::pair<QString, QString>> entries;
    entries.reserve(config.size());
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        entries.append({ it.key(), it.value() });
    return renderConfigForLog(entries);
}

QString renderConfigValuesForLog(const QString &title, const QList<std::pair<QString, QString>> &entries)
{
    QList<std::pair<QString, QString>> sorted = entries;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString out = title + QStringLiteral(" values: \n");
    for (const auto &[key, value] : std::as_const(sorted)) {
        out += u'\t';
        out += key;
        out += QStringLiteral(" = ");
        out += maskedConfigValue(key, value);
        out += u'\n';
    }
    return out;
}

} // namespace cs::util
