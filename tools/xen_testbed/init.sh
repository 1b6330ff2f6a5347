#!/bin/sh
# SPDX-License-Identifier: MIT
# /init of the test bed's dom0 (busybox sh).  Brings up the Xen toolstack,
# runs every scenario under /scenarios in name order with `xl create -F`,
# prints one framed, machine-readable report per scenario on the console
# (parsed by tools/xen_testbed/protocol.py), then powers the machine off.
# @MODULES@ is replaced by the module list when the initramfs is built.
export PATH=/bin:/usr/bin:/usr/sbin:/sbin
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu

# 1. file systems and the run-time directories the toolstack expects
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
mkdir -p /run/xen /run/xenstored /run/lock /var/log/xen/console /var/lib/xen
# 2. devtmpfs has no /dev/fd or std links; the block hotplug script loops
#    until its timeout without them.
ln -sf /proc/self/fd /dev/fd
ln -sf /proc/self/fd/0 /dev/stdin
ln -sf /proc/self/fd/1 /dev/stdout
ln -sf /proc/self/fd/2 /dev/stderr
# Keep kernel chatter off the console so report frames stay whole.
echo 1 > /proc/sys/kernel/printk

uptime_ms() { awk '{ printf "%d\n", $1 * 1000 }' /proc/uptime; }

# frame TAG IDX FILE: the file as base64 lines "TAG IDX SEQ DATA", then
# "TAG-END IDX BYTES"; a line cut by foreign output fails its check on the
# host, so nothing is silently lost.
frame() {
    if [ -f "$3" ]; then
        base64 "$3" | awk -v t="$1" -v i="$2" '{ print t, i, NR, $0 }'
        echo "$1-END $2 $(wc -c < "$3")"
    else
        echo "$1-END $2 -1"
    fi
}

# 3. modules, in dependency order
for m in @MODULES@; do insmod /modules/$m.ko || echo "XENLET-WARN insmod $m failed"; done
mount -t xenfs xenfs /proc/xen

# 4. toolstack daemons
xenstored --pid-file=/run/xenstored.pid
xen-init-dom0 > /tmp/xen-init-dom0.log 2>&1 || echo "XENLET-WARN xen-init-dom0 failed"
xenconsoled --log=guest --log-dir=/var/log/xen/console --pid-file=/run/xenconsoled.pid
ip link add xenbr0 type bridge 2>/dev/null && ip link set xenbr0 up
xl info > /tmp/xl-info.txt 2>&1
echo "XENLET-DOM0-READY uptime_ms=$(uptime_ms)"
frame XENLET-XLINFO 0 /tmp/xl-info.txt

# alive PID: the process runs (a zombie does not count).
alive() {
    kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# 5. disks handed to dom0 (Scenario.disks) are virtio disks whose serial
#    names them; list "serial /dev/vdX" once.
: > /run/xenlet-disks
for b in /sys/block/vd*; do
    [ -f "$b/serial" ] && echo "$(cat "$b/serial") /dev/${b##*/}" >> /run/xenlet-disks
done

# scenario_env DIR DOMNAME: DIR/env (sourced by each script of the scenario)
# sets DOMNAME and DISKk; the config's @DISKk@ become the devices; the
# bridges its vifs name are created.
scenario_env() {
    echo "export DOMNAME=$2" > "$1/env"
    n=0
    while read -r serial; do
        dev=$(awk -v s="$serial" '$1 == s { print $2 }' /run/xenlet-disks)
        if [ -z "$dev" ]; then
            echo "XENLET-WARN no dom0 disk has serial $serial"
            dev=/dev/missing-$serial
        fi
        echo "export DISK$n=$dev" >> "$1/env"
        sed -i "s|@DISK$n@|$dev|g" "$1/cfg"
        n=$((n + 1))
    done < "$1/disks"
    # Every bridge a vif names exists (xenbr0 always does).
    for br in $(grep -o 'bridge=[A-Za-z0-9_.-]*' "$1/cfg" | cut -d= -f2 | sort -u); do
        [ -d "/sys/class/net/$br" ] || { ip link add name "$br" type bridge && ip link set "$br" up; }
    done
}

# run_script DIR NAME: runs DIR/NAME.sh with the scenario's environment.
run_script() {
    (. "$1/env"; exec sh "$1/$2.sh") > "/tmp/$2-$idx.log" 2>&1
}

# 6. scenarios: each folder holds cfg, domname, start_ms, max_ms, grace_ms,
#    disks and optionally setup.sh (before xl create), during.sh (while the
#    domain runs, in its own session) and after.sh (after it ended).
for dir in /scenarios/*/; do
    [ -f "$dir/cfg" ] || continue
    idx=$(basename "$dir")
    dom=$(cat "$dir/domname")
    max_ms=$(cat "$dir/max_ms")
    start_ms=$(cat "$dir/start_ms")
    grace_ms=$(cat "$dir/grace_ms" 2>/dev/null || echo 3000)
    [ -f "$dir/disks" ] || : > "$dir/disks"
    scenario_env "$dir" "$dom"
    setup_rc=-
    if [ -f "$dir/setup.sh" ]; then run_script "$dir" setup; setup_rc=$?; fi
    echo "XENLET-SCENARIO-START $idx"
    t0=$(uptime_ms)
    # -F: xl stays in the foreground until the domain dies and logs
    # "Domain N has shut down, reason code R" (R is SHUTDOWN_* from
    # xen/sched.h: 0 poweroff, 1 reboot, 3 crash, 4 watchdog).  It logs
    # "Waiting for domain" once the domain runs: max_ms counts from there,
    # building the domain (seconds under TCG) has its own bound, start_ms.
    xl create -F "$dir/cfg" > /tmp/xl-$idx.log 2>&1 &
    xlpid=$!
    ended=""
    trun=""
    dpid=""
    while kill -0 $xlpid 2>/dev/null; do
        now=$(uptime_ms)
        if [ -z "$trun" ] && grep -q "Waiting for domain" /tmp/xl-$idx.log; then
            trun=$now
            # "Waiting for domain NAME (domid N) to die [pid P]"
            domid=$(sed -n 's/.*Waiting for domain .* (domid \([0-9]*\)).*/\1/p' /tmp/xl-$idx.log | head -n 1)
            echo "export DOMID=${domid:-$(xl domid "$dom" 2>/dev/null)}" >> "$dir/env"
            if [ -f "$dir/during.sh" ]; then
                # setsid: its own process group, killed as a whole at the end.
                setsid sh -c '. "$1/env"; exec sh "$1/during.sh"' during "$dir" \
                    > /tmp/during-$idx.log 2>&1 &
                dpid=$!
            fi
        fi
        if [ -n "$trun" ]; then over=$((now - trun > max_ms)); else over=$((now - t0 > start_ms)); fi
        if [ "$over" = 1 ]; then
            ended=timeout
            xl destroy "$dom" >> /tmp/xl-$idx.log 2>&1
            # xl -F notices the destruction and exits; do not wait forever.
            n=0
            while kill -0 $xlpid 2>/dev/null && [ $n -lt 50 ]; do usleep 100000; n=$((n + 1)); done
            kill $xlpid 2>/dev/null
            break
        fi
        usleep 100000
    done
    wait $xlpid
    xlrc=$?
    t1=$(uptime_ms)
    # The during script may still log the last backend changes: it gets
    # grace_ms to end by itself, then its process group is killed.
    during_rc=-
    if [ -n "$dpid" ]; then
        n=0
        while alive $dpid && [ $((n * 100)) -lt "$grace_ms" ]; do usleep 100000; n=$((n + 1)); done
        if alive $dpid; then during_rc=killed; fi
        kill -TERM -$dpid 2>/dev/null
        usleep 100000
        kill -KILL -$dpid 2>/dev/null
        wait $dpid
        rc=$?
        [ "$during_rc" = killed ] || during_rc=$rc
    fi
    reason=$(sed -n 's/.*has shut down, reason code \([0-9]*\).*/\1/p' /tmp/xl-$idx.log | head -n 1)
    if [ -z "$ended" ]; then
        case "$reason" in
            0) ended=poweroff ;;
            1) ended=reboot ;;
            2) ended=suspend ;;
            3) ended=crash ;;
            4) ended=watchdog ;;
            5) ended=soft_reset ;;
            *) ended=start-failed ;;
        esac
    fi
    # xenconsoled may still hold the tail of the ring; give it a moment.
    usleep 300000
    frame XENLET-CONSOLE "$idx" "/var/log/xen/console/guest-$dom.log"
    frame XENLET-XLLOG "$idx" "/tmp/xl-$idx.log"
    after_rc=-
    if [ -f "$dir/after.sh" ]; then run_script "$dir" after; after_rc=$?; fi
    for s in setup during after; do
        [ -f "$dir/$s.sh" ] && frame "XENLET-$(echo $s | tr a-z A-Z)" "$idx" "/tmp/$s-$idx.log"
    done
    echo "XENLET-SCENARIO $idx shutdown=$ended reason=${reason:--} xl_rc=$xlrc create_ms=$(( ${trun:-$t1} - t0 )) runtime_ms=$(( t1 - ${trun:-$t1} )) setup_rc=$setup_rc during_rc=$during_rc after_rc=$after_rc"
done

# 7. done: what scenarios wrote to dom0's disks reaches the host files;
#    Xen powers off and QEMU exits 0.
sync
echo "XENLET-ALL-DONE uptime_ms=$(uptime_ms)"
poweroff -f
