#include "connect/compat.h"

namespace cs::connect {

QString buildCommitId()
{
#ifdef CS_GIT_COMMIT
    return QStringLiteral(CS_GIT_COMMIT);
#else
    return QStringLiteral("unknown");
#endif
}

} // namespace cs::connect
