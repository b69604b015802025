# One INTERFACE target carries the language level, warnings and strict Qt macros for every target
# of the project (qBittorrent's idea): link it instead of repeating flags.
add_library(cs_options INTERFACE)
add_library(ConnectStudio::options ALIAS cs_options)
target_compile_features(cs_options INTERFACE cxx_std_20)
target_compile_options(cs_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
target_compile_definitions(cs_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CS_VERSION="${PROJECT_VERSION}")

# The programs allocate through mimalloc instead of glibc's malloc (why: docs/architecture.md). Linked
# even though nothing calls it by name, so that its malloc and free stand in for glibc's for every
# library in the process.
find_package(mimalloc 2.0 REQUIRED)
add_library(cs_allocator INTERFACE)
target_link_libraries(cs_allocator INTERFACE "-Wl,--push-state,--no-as-needed" mimalloc "-Wl,--pop-state")
