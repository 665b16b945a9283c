#pragma once

#include <QString>

namespace prime {

// Secrets live in process memory while the app runs; a core dump would write
// them to disk. Executables call this first thing in main(): it sets the core
// size limit to zero and (Linux) marks the process non-dumpable, which also keeps
// other processes of the same user from attaching a debugger. Returns false and
// says why when the system refused.
bool disableCoreDumps(QString *error = nullptr);

// True when core dumps are off for this process (for tests and diagnostics).
bool coreDumpsDisabled();

} // namespace prime
