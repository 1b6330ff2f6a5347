# SPDX-License-Identifier: MIT
# Command line of the Xen test bed:
#   python -m tools.xen_testbed run --image app.xen --config app.cfg \
#       [--expect TEXT]... [--expect-shutdown poweroff|crash] [--timeout S] \
#       [--disk PATH]... [--setup SH] [--during SH] [--after SH] \
#       [--expect-during TEXT]... [--expect-after TEXT]...
#   python -m tools.xen_testbed fetch
# `run` boots Xen in QEMU once, runs the guest, prints its console on
# stdout (and the dom0 scripts' output on stderr) and exits 0 when the
# expectations hold, 1 when they do not, 2 when the run itself failed
# (QEMU died or timed out, or the inputs are bad).
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .fetch import FetchError
from .initramfs import InitramfsError
from .runner import BUILD_DIR, DEFAULT_TIMEOUT, boot, prepare
from .scenario import FAIL, PASS, SHUTDOWNS, Scenario


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tools.xen_testbed", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="boot one guest under Xen in QEMU")
    r.add_argument("--image", type=Path, required=True, help="PVH kernel image")
    r.add_argument(
        "--config",
        type=Path,
        required=True,
        help="xl config (its kernel line is replaced)",
    )
    r.add_argument(
        "--expect",
        action="append",
        default=[],
        metavar="TEXT",
        help="console must contain TEXT",
    )
    r.add_argument("--expect-shutdown", default="poweroff", choices=SHUTDOWNS)
    r.add_argument(
        "--max-runtime",
        type=float,
        default=60.0,
        help="seconds before dom0 destroys the guest",
    )
    r.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="bound of the whole QEMU run (default: from the guest's bounds, "
        f"at least {DEFAULT_TIMEOUT:.0f} s)",
    )
    r.add_argument(
        "--disk",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="host file given to dom0 as a disk ($DISK0... / @DISK0@)",
    )
    for script in ("setup", "during", "after"):
        r.add_argument(
            f"--{script}", default="", metavar="SH", help=f"dom0 {script} script"
        )
    for script in ("during", "after"):
        r.add_argument(
            f"--expect-{script}",
            action="append",
            default=[],
            metavar="TEXT",
            help=f"the {script} script's output must contain TEXT",
        )
    r.add_argument(
        "--serial",
        action="store_true",
        help="stream the whole serial console to stderr",
    )
    sub.add_parser(
        "fetch", help="download and unpack Xen + dom0, build the dom0 base (cached)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.cmd == "fetch":
            st, base = prepare(BUILD_DIR)
            print(
                f"hypervisor {st.hypervisor}\ndom0 kernel {st.kernel}\ndom0 base {base}"
            )
            return 0
        sc = Scenario(
            args.image.stem,
            args.image,
            args.config,
            expect=tuple(args.expect),
            shutdown=args.expect_shutdown,
            max_runtime=args.max_runtime,
            setup=args.setup,
            during=args.during,
            after=args.after,
            expect_during=tuple(args.expect_during),
            expect_after=tuple(args.expect_after),
            disks=list(args.disk),
        )
        echo = (
            (lambda line: print(line, file=sys.stderr, flush=True))
            if args.serial
            else None
        )
        rep = boot([sc], timeout=args.timeout, on_line=echo)
    except (FetchError, InitramfsError, OSError) as exc:
        print(f"xen_testbed: {exc}", file=sys.stderr)
        return 2
    v = rep.verdicts[0]
    sys.stdout.write(v.console)
    if v.console and not v.console.endswith("\n"):
        sys.stdout.write("\n")
    for script in ("setup", "during", "after"):
        if out := getattr(v, f"{script}_output"):
            print(f"--- dom0 {script} ---\n{out.rstrip()}", file=sys.stderr)
    print(f"xen_testbed: {v.summary()}", file=sys.stderr)
    if v.result not in (PASS, FAIL):
        print(v.serial_tail or v.xl_log, file=sys.stderr)
    elif v.result == FAIL and v.shutdown == "start-failed":
        print(v.xl_log, file=sys.stderr)
    print(f"xen_testbed: serial log in {rep.serial_log}", file=sys.stderr)
    return 0 if v.result == PASS else 1 if v.result == FAIL else 2


if __name__ == "__main__":
    sys.exit(main())
