# SPDX-License-Identifier: MIT
pytest_plugins = ["tools.xen_testbed.pytest_plugin"]
# Shared pytest fixtures for the test suites.
#
# `xenlet_cmd` is the argv prefix that runs a Python program under xenlet:
# the differential tests append the program path and its arguments.  Its
# name and return type (a list of str) are an interface.  It is
# parametrized: every test that uses it runs once on the release VM and
# once on the AddressSanitizer + UBSan build (build/xenlet-vm-asan), so the
# whole differential corpus is also the sanitizer run.
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VMS = {
    "vm": REPO / "build" / "xenlet-vm",
    "asan": REPO / "build" / "xenlet-vm-asan",
}


@pytest.fixture(scope="session", params=sorted(VMS))
def xenlet_cmd(request: pytest.FixtureRequest) -> list[str]:
    vm = VMS[request.param]
    if not vm.exists():
        pytest.fail(f"{vm} is not built: run `make` first")
    env = [
        f"XENLET_VM={vm}",
        # the VM's heap is mmap'd, not malloc'd: nothing for LeakSanitizer;
        # abort on the first report so a finding fails the test
        "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1",
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1",
    ]
    return ["env", *env, sys.executable, "-m", "freeze", "run"]
