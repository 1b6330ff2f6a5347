#!/bin/sh
# SPDX-License-Identifier: MIT
# /etc/xen/scripts/block in the test bed's dom0.  For a disk backed by a
# block device ("phy", e.g. a Scenario disk /dev/vdX) it does what Debian's
# script does (physical-device, physical-device-path, hotplug-status in the
# backend's xenstore directory) without the sharing checks, in two process
# starts instead of a bash script of dozens: under TCG each costs tens of
# ms, up to a second under load, and libxl kills a hotplug script after
# 40 s.  Any other disk type goes to Debian's script, kept as block.debian.
HOTPLUG=block
. /etc/xen/scripts/hotplug-common.sh
trace "$@" start
load_backend
key type
# On remove the backend directory may be gone already: Debian's script then
# has nothing to do either, except for loop devices ("file").
[ "$v" = phy ] || { [ "$1" = remove ] && [ "$v" != file ]; } || debian "$@"
case "$1" in
add)
    # libxl may run it twice; the second time there is nothing to do.
    key physical-device && exit 0
    key params
    case $v in /*) dev=$v ;; *) dev=/dev/$v ;; esac
    [ -L "$dev" ] && dev=$(readlink -f "$dev")
    [ -b "$dev" ] || fail "$dev is not a block device"
    # major:minor in hex, as Debian's script writes it (stat -c %t:%T)
    read -r mm < "/sys/class/block/${dev##*/}/dev" || fail "no sysfs entry for $dev"
    xenstore-write "$XENBUS_PATH/physical-device" "$(printf '%x:%x' "${mm%:*}" "${mm#*:}")" \
        "$XENBUS_PATH/physical-device-path" "$dev" \
        "$XENBUS_PATH/hotplug-status" connected
    trace "$@" done
    ;;
remove) ;;
*) debian "$@" ;;
esac
