#!/bin/sh
# SPDX-License-Identifier: MIT
# /etc/xen/scripts/vif-bridge in the test bed's dom0.  For a guest's vif on
# an existing bridge it does what Debian's script does (the vif down, MAC
# fe:ff:ff:ff:ff:ff so the bridge never takes it, the bridge's MTU also
# written for the frontend, onto the bridge, up, hotplug-status connected;
# offline: down, off the bridge) in four process starts instead of a bash
# script of dozens: under TCG each costs tens of ms, up to a second under
# load, and libxl kills a hotplug script after 40 s.  Anything else online
# (no bridge named, a vifname to rename to) goes to Debian's script, kept
# as vif-bridge.debian.
HOTPLUG=vif-bridge
. /etc/xen/scripts/hotplug-common.sh
trace "$@" start
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
load_backend
key vifname && debian "$@"
key bridge && bridge=$v || debian "$@"
[ -d "/sys/class/net/$bridge/bridge" ] || fail "Could not find bridge device $bridge"
key mtu && mtu=$v || read -r mtu < "/sys/class/net/$bridge/mtu"
ip link set dev "$dev" down address fe:ff:ff:ff:ff:ff mtu "$mtu" master "$bridge" ||
    fail "cannot put $dev on bridge $bridge"
ip link set dev "$dev" up || fail "cannot bring $dev up"
# vifD.N: the frontend of domain D, device N, learns the MTU here.
id=${dev#vif}
xenstore-write "/local/domain/${id%.*}/device/vif/${id#*.}/mtu" "$mtu" \
    "$XENBUS_PATH/hotplug-status" connected
trace "$@" done
