#!/bin/sh
# A minimal block hotplug script for the test bed's dom0 (xl disk option
# `script=`): the disk is a loop device the scenario's setup made; tell
# blkback its major:minor and libxl that it is connected.  Used because
# Xen's own /etc/xen/scripts/block hangs in this dom0 (its lock loop).
case "$1" in
add)
    dev=$(xenstore-read "$XENBUS_PATH/params")
    xenstore-write "$XENBUS_PATH/physical-device" "$(stat -L -c %t:%T "$dev")" \
        "$XENBUS_PATH/physical-device-path" "$dev" "$XENBUS_PATH/hotplug-status" connected
    ;;
esac
exit 0
