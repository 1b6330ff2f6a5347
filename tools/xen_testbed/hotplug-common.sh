# SPDX-License-Identifier: MIT
# Sourced by the test bed's fast hotplug scripts (block, vif-bridge) in dom0.
# Every process start costs up to a second in the emulated PV dom0 under
# load, so the backend directory is read with one xenstore-ls and looked up
# with shell built-ins.  HOTPLUG names the calling script in the trace.

# trace WORDS: "UPTIME HOTPLUG WORDS" appended to /run/xenlet-hotplug.log.
trace() {
    read -r up _ < /proc/uptime
    echo "$up $HOTPLUG $*" >> /run/xenlet-hotplug.log
}

# debian ARGS: hand over to Debian's script (kept as NAME.debian).
debian() {
    trace "$@" debian
    exec /bin/bash "$0.debian" "$@"
}

# load_backend: reads $XENBUS_PATH (its direct keys) once.
load_backend() {
    backend=$(xenstore-ls "$XENBUS_PATH" 2>/dev/null)
}

# key NAME: sets v to the value of NAME in the loaded backend directory;
# status 1 when there is no such key.
key() {
    while IFS= read -r line; do
        case $line in
        "$1 = \""*)
            v=${line#"$1 = \""}
            v=${v%\"}
            return 0
            ;;
        esac
    done <<END
$backend
END
    v=""
    return 1
}

# fail MESSAGE: reports a hotplug error to libxl and exits 1.
fail() {
    trace fail "$*"
    xenstore-write "$XENBUS_PATH/hotplug-error" "$*" "$XENBUS_PATH/hotplug-status" error
    exit 1
}
