#!/bin/sh
# SPDX-License-Identifier: MIT
# /etc/xen/scripts/block in the test bed's dom0.  For a disk backed by a
# block device ("phy", e.g. a Scenario disk /dev/vdX) it does what Debian's
# script does (physical-device, physical-device-path, hotplug-status in the
# backend's xenstore directory) without the sharing checks, in a handful of
# busybox commands instead of a bash script of dozens: under TCG each
# process start costs tens of ms (much more under load), and libxl kills a
# hotplug script after 40 s.  Any other disk type goes to Debian's script,
# kept as block.debian.
debian() { exec /bin/bash "$0.debian" "$@"; }
type=$(xenstore-read "$XENBUS_PATH/type" 2>/dev/null)
# On remove the backend directory may be gone already: Debian's script then
# has nothing to do either, except for loop devices ("file").
[ "$type" = phy ] || { [ "$1" = remove ] && [ "$type" != file ]; } || debian "$@"
case "$1" in
add)
    # libxl may run it twice; the second time there is nothing to do.
    xenstore-exists "$XENBUS_PATH/physical-device" 2>/dev/null && exit 0
    p=$(xenstore-read "$XENBUS_PATH/params")
    case $p in /*) dev=$p ;; *) dev=/dev/$p ;; esac
    dev=$(readlink -f "$dev")
    if [ ! -b "$dev" ]; then
        xenstore-write "$XENBUS_PATH/hotplug-error" "$p is not a block device" \
            "$XENBUS_PATH/hotplug-status" error
        exit 1
    fi
    xenstore-write "$XENBUS_PATH/physical-device" "$(stat -L -c %t:%T "$dev")" \
        "$XENBUS_PATH/physical-device-path" "$dev" \
        "$XENBUS_PATH/hotplug-status" connected
    ;;
remove) ;;
*) debian "$@" ;;
esac
