#include "util/version.h"

namespace cs {

QString productName()
{
    return QStringLiteral("Connect Studio");
}

QString productVersion()
{
    return QStringLiteral(CS_VERSION);
}

} // namespace cs
