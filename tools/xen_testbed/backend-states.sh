#!/bin/sh
# SPDX-License-Identifier: MIT
# xenlet-backend-states [DOMID] [BOUND_S]: dom0 helper for Scenario.during.
# Logs the xenbus state of every backend (vbd, vif, ...) of the domain each
# time the set changes, as one line "states KIND-DEV=STATE ..." (sorted;
# states of xen/io/xenbus.h: 2 InitWait, 4 Connected, 5 Closing, 6 Closed),
# and "backends gone" once xl has removed them all.  Promises: one
# xenstore-ls per 50 ms poll (a state that lasts less can be missed); exits
# 0 when the backends are gone, 1 when none appeared within BOUND_S
# (default 60) seconds.
domid=${1:-$DOMID}
bound_ms=$(( ${2:-60} * 1000 ))
[ -n "$domid" ] || { echo "xenlet-backend-states: no DOMID" >&2; exit 2; }
be=/local/domain/0/backend
last=""
seen=0
t=0
while :; do
    now=$(xenstore-ls -f $be 2>/dev/null |
        sed -n "s|^$be/\([a-z0-9]*\)/$domid/\([0-9]*\)/state = \"\([0-9]*\)\"$|\1-\2=\3|p" |
        sort | tr '\n' ' ')
    now=${now% }
    if [ -n "$now" ]; then
        seen=1
        [ "$now" != "$last" ] && echo "states $now"
    elif [ $seen = 1 ]; then
        echo "backends gone"
        exit 0
    elif [ $t -gt $bound_ms ]; then
        echo "xenlet-backend-states: no backend of domain $domid in ${2:-60} s" >&2
        exit 1
    fi
    last=$now
    usleep 50000
    t=$((t + 50))
done
