#pragma once

#include <initializer_list>

namespace cs::util {

// Makes the given signals (SIGTERM, SIGINT, ...) end QCoreApplication's event loop: the handler
// only writes to a pipe, and a QSocketNotifier on the main thread calls QCoreApplication::quit(),
// so shutdown code runs normally after exec() returns. A second signal while shutting down
// terminates at once. Call once, on the main thread, after the application object exists.
void quitOnSignals(std::initializer_list<int> signals);

} // namespace cs::util
