#!/bin/sh
# SPDX-License-Identifier: MIT
# /etc/xen/scripts/vif-bridge in the test bed's dom0.  For a guest's vif on
# an existing bridge it does what Debian's script does (the vif down, MAC
# fe:ff:ff:ff:ff:ff so the bridge never takes it, the bridge's MTU also
# written for the frontend, onto the bridge, up, hotplug-status connected;
# offline: down, off the bridge) in a handful of busybox commands instead of
# a bash script of dozens: under TCG each process start costs tens of ms
# (much more under load), and libxl kills a hotplug script after 40 s.
# Anything else online (no bridge named, a vifname to rename to) goes to
# Debian's script, kept as vif-bridge.debian.
debian() { exec /bin/bash "$0.debian" "$@"; }
type_if=vif
for a in "$@"; do
    case $a in type_if=*) type_if=${a#type_if=} ;; esac
done
case "$1" in online | offline) ;; *) exit 0 ;; esac # add/remove: tap only
[ "$type_if" = vif ] || exit 0
dev=$vif
[ -n "$dev" ] || debian "$@"
if [ "$1" = offline ]; then
    # The backend directory may be gone already: the bridge is in sysfs.
    ip link set dev "$dev" down 2>/dev/null
    if [ -L "/sys/class/net/$dev/master" ]; then
        master=$(readlink "/sys/class/net/$dev/master")
        brctl delif "${master##*/}" "$dev" 2>/dev/null
    fi
    exit 0
fi
bridge=$(xenstore-read "$XENBUS_PATH/bridge" 2>/dev/null)
if [ -z "$bridge" ] || xenstore-exists "$XENBUS_PATH/vifname" 2>/dev/null; then
    debian "$@"
fi
fail() {
    xenstore-write "$XENBUS_PATH/hotplug-error" "$*" "$XENBUS_PATH/hotplug-status" error
    exit 1
}
[ -d "/sys/class/net/$bridge/bridge" ] || fail "Could not find bridge device $bridge"
mtu=$(xenstore-read "$XENBUS_PATH/mtu" 2>/dev/null) || read -r mtu < "/sys/class/net/$bridge/mtu"
ip link set dev "$dev" down address fe:ff:ff:ff:ff:ff mtu "$mtu" master "$bridge" ||
    fail "cannot put $dev on bridge $bridge"
ip link set dev "$dev" up || fail "cannot bring $dev up"
# vifD.N: the frontend of domain D, device N, learns the MTU here.
id=${dev#vif}
xenstore-write "/local/domain/${id%.*}/device/vif/${id#*.}/mtu" "$mtu" \
    "$XENBUS_PATH/hotplug-status" connected
