#include "kafka/message.h"

namespace cs::kafka {

QString timestampTypeName(TimestampType type)
{
    // org.apache.kafka.common.record.TimestampType names, printed by kafka-console-consumer.
    switch (type) {
    case TimestampType::CreateTime:
        return QStringLiteral("CreateTime");
    case TimestampType::LogAppendTime:
        return QStringLiteral("LogAppendTime");
    case TimestampType::NotAvailable:
        break;
    }
    return QStringLiteral("NoTimestampType");
}

} // namespace cs::kafka
