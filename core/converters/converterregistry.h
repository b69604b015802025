#pragma once

#include <memory>

#include <QStringList>

#include "converters/converter.h"

namespace cs::converters {

// Creates converters by class name: upstream's fully qualified names
// (org.apache.kafka.connect.json.JsonConverter, org.apache.kafka.connect.storage.StringConverter,
// org.apache.kafka.connect.converters.ByteArrayConverter) or their simple names (JsonConverter, ...).
// Stateless; thread-safe.
class ConverterRegistry
{
public:
    // nullptr for an unknown class (see create() for the upstream error text).
    static std::unique_ptr<Converter> instantiate(QStringView className);
    // "Class <name> could not be found." for an unknown class.
    static data::Result<std::shared_ptr<Converter>> create(QStringView className);
    // The fully qualified name for a known class or alias; a null QString otherwise.
    static QString canonicalName(QStringView className);
    // The fully qualified names of all converters, for pickers and validation.
    static QStringList classNames();
};

} // namespace cs::converters
