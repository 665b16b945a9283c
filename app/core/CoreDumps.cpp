#include "CoreDumps.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace prime {

bool disableCoreDumps(QString *error)
{
    bool ok = true;
    QString why;
#if defined(Q_OS_UNIX)
    const struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        ok = false;
        why = QStringLiteral("setrlimit(RLIMIT_CORE): ") + QString::fromLocal8Bit(std::strerror(errno));
    }
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
        why = QStringLiteral("prctl(PR_SET_DUMPABLE): ") + QString::fromLocal8Bit(std::strerror(errno));
    }
#endif
    if (error)
        *error = why;
    return ok;
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace prime
