#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

#include "data/dataerror.h"
#include "data/value.h"

namespace cs::converters {

// Converter properties as the worker passes them (prefix already stripped: "schemas.enable", ...).
using ConverterConfig = QMap<QString, QString>;

// Turns Connect data into record bytes and back (org.apache.kafka.connect.storage.Converter). Errors are
// returned as values carrying upstream's DataException texts. An instance is not synchronized: like in
// Kafka Connect, each task owns its key and value converters and uses them on its own thread.
class Converter
{
public:
    virtual ~Converter() = default;

    // The upstream class name this converter implements ("org.apache.kafka.connect.json.JsonConverter").
    virtual QString className() const = 0;

    // Applies the converter's properties; isKey tells whether it converts record keys or values.
    virtual data::Status configure(const ConverterConfig &config, bool isKey) = 0;

    // Serialises a value. A null schema with a null value gives a null QByteArray (a tombstone / null key).
    virtual data::Result<QByteArray> fromConnectData(
        QStringView topic, const data::Schema &schema, const data::Value &value)
        = 0;

    // Deserialises record bytes; null bytes (QByteArrayView::isNull()) give a null schema and value.
    virtual data::Result<data::SchemaAndValue> toConnectData(QStringView topic, QByteArrayView bytes) = 0;
};

// Shared config parsing with upstream's ConfigException texts ("Invalid value x for configuration k: ...").
namespace config {
data::Result<bool> parseBoolean(const ConverterConfig &config, const QString &key, bool defaultValue);
data::Result<int> parseInt(const ConverterConfig &config, const QString &key, int defaultValue);
// One of `allowed` (case-insensitive); returns the canonical spelling from `allowed`.
data::Result<QString> parseChoice(const ConverterConfig &config, const QString &key,
    const QString &defaultValue, const QStringList &allowed);
} // namespace config

} // namespace cs::converters
