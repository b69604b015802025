#include "converters/converterregistry.h"

#include "converters/bytearrayconverter.h"
#include "converters/jsonconverter.h"
#include "converters/stringconverter.h"

namespace cs::converters {

QString ConverterRegistry::canonicalName(QStringView className)
{
    const QStringView name = className.trimmed();
    for (const QString &full : classNames()) {
        if (name == full)
            return full;
        const QStringView simple = QStringView(full).mid(full.lastIndexOf(QLatin1Char('.')) + 1);
        if (name == simple)
            return full;
    }
    return {};
}

QStringList ConverterRegistry::classNames()
{
    return { JsonConverter::staticClassName(), StringConverter::staticClassName(),
        ByteArrayConverter::staticClassName() };
}

std::unique_ptr<Converter> ConverterRegistry::instantiate(QStringView className)
{
    const QString name = canonicalName(className);
    if (name == JsonConverter::staticClassName())
        return std::make_unique<JsonConverter>();
    if (name == StringConverter::staticClassName())
        return std::make_unique<StringConverter>();
    if (name == ByteArrayConverter::staticClassName())
        return std::make_unique<ByteArrayConverter>();
    return nullptr;
}

data::Result<std::shared_ptr<Converter>> ConverterRegistry::create(QStringView className)
{
    std::unique_ptr<Converter> c = instantiate(className);
    if (!c) {
        return data::DataError { QStringLiteral("Class ") + className.trimmed().toString()
            + QStringLiteral(" could not be found.") };
    }
    return std::shared_ptr<Converter>(std::move(c));
}

} // namespace cs::converters
