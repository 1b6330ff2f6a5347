#!/bin/sh
# SPDX-License-Identifier: MIT
# xenlet-backend-states [DOMID] [BOUND_S]: dom0 helper for Scenario.during.
# Logs the xenbus state of every backend (vbd, vif, console ...) of the
# domain each time the set changes, as one line "states KIND-DEV=STATE ..."
# in xenstore's order (states of xen/io/xenbus.h: 1 Initialising, 2 InitWait,
# 4 Connected, 5 Closing, 6 Closed), and "backends gone" once xl has removed
# them all.  Promises: one xenstore-ls and one awk per 50 ms poll, so a
# state that lasts less than a poll can be missed (under TCG a poll itself
# takes tens of ms); exits 0 when the backends are gone, 1 when none
# appeared within BOUND_S (default 60) seconds.
domid=${1:-$DOMID}
bound=${2:-60}
[ -n "$domid" ] || { echo "xenlet-backend-states: no DOMID" >&2; exit 2; }
be=/local/domain/0/backend
read -r t0 _ < /proc/uptime
last=""
seen=0
while :; do
    # /local/domain/0/backend/KIND/DOMID/DEV/state = "N" -> KIND-DEV=N
    now=$(xenstore-ls -f $be 2>/dev/null | awk -v d="$domid" '
        { n = split($1, p, "/") }
        n == 9 && p[7] == d && p[9] == "state" {
            gsub(/"/, "", $3); printf "%s%s-%s=%s", sep, p[6], p[8], $3; sep = " "
        }')
    if [ -n "$now" ]; then
        seen=1
        [ "$now" != "$last" ] && echo "states $now"
    elif [ $seen = 1 ]; then
        echo "backends gone"
        exit 0
    else
        read -r t _ < /proc/uptime
        if [ "${t%.*}" -gt $(( ${t0%.*} + bound )) ]; then
            echo "xenlet-backend-states: no backend of domain $domid in $bound s" >&2
            exit 1
        fi
    fi
    last=$now
    usleep 50000
done
