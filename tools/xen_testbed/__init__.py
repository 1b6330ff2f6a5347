# SPDX-License-Identifier: MIT
# The real-Xen test bed: Debian's Xen 4.17 with a Linux dom0 inside QEMU
# (TCG), booted once to run many PVH guest scenarios.  Public interface:
# Scenario, Verdict, Unavailable, run_scenarios, boot (see README.md).
from .runner import RunReport, boot, run_scenarios
from .scenario import Scenario, Unavailable, Verdict

__all__ = ["RunReport", "Scenario", "Unavailable", "Verdict", "boot", "run_scenarios"]
