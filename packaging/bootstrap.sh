#!/usr/bin/env bash
# Connect Studio's two commands on a fresh Debian bookworm machine (idempotent):
#   bash packaging/bootstrap.sh run    install what is missing, build, start the studio with the embedded lab
#   bash packaging/bootstrap.sh test   install what is missing, build, run every test
# Environment: BUILD_DIR (default: build), CS_SKIP_INSTALL=1 to skip apt-get.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test | build) ;;
*)
    echo "usage: bash packaging/bootstrap.sh run|test|build" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}

# Build and run-time dependencies, Debian bookworm package names only.
packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libgl-dev libqt6opengl6-dev libxkbcommon-dev
    qtkeychain-qt6-dev librdkafka-dev rapidjson-dev libsqlite3-dev libpq-dev libmimalloc-dev
    fonts-noto-cjk
)
# What the tests drive: real clients and servers, a virtual display, a keyring.
test_packages=(
    libbenchmark-dev kcat httpie curl sqlite3 xvfb xauth imagemagick
    dbus dbus-x11 gnome-keyring postgresql mariadb-server libh2-java default-jre-headless
)
[[ $mode == test ]] && packages+=("${test_packages[@]}")

if [[ ${CS_SKIP_INSTALL:-0} != 1 ]]; then
    missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        sudo=()
        ((EUID == 0)) || sudo=(sudo)
        echo "Installing: ${missing[*]}" >&2
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi

generator=()
[[ -f $build/CMakeCache.txt ]] || generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
build) ;;
run)
    exec "$build/bin/connect-studio" --lab
    ;;
test)
    # The keychain tests need a Secret Service: a private session bus with an unlocked gnome-keyring.
    export CS_TEST_ROOT=$build
    exec dbus-run-session -- bash -c '
        echo -n connect-studio-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        cd "$CS_TEST_ROOT" && ctest --output-on-failure --no-tests=error "$@"' ctest-session
    ;;
esac
