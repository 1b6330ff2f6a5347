# SPDX-License-Identifier: MIT
# pytest plugin: every test marked `@pytest.mark.xen_scenario(Scenario(...))`
# anywhere in the session contributes its scenario to ONE Xen boot, done
# lazily the first time a test asks for `xen_verdict` (or `xen_run`).
#
# Use from any test file:
#     @pytest.mark.xen_scenario(Scenario("hello", image, cfg, expect=("hi",)))
#     def test_hello(xen_verdict): assert xen_verdict.ok, xen_verdict.summary()
# Load it with `pytest_plugins = ["tools.xen_testbed.pytest_plugin"]` in the
# top conftest, or (as tests/xen_testbed/conftest.py does) through
# pluginmanager.import_plugin; loading it twice is harmless.
#
# Environment: XENLET_XEN_TIMEOUT (seconds) bounds the boot (default:
# runner.run_bound of the session's scenarios); XENLET_SKIP_XEN=1 skips
# every scenario test.
from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from pathlib import Path

import pytest

from .runner import RunReport, boot, run_bound
from .scenario import SKIPPED, Scenario, Verdict

MARK = "xen_scenario"
_KEY = pytest.StashKey[list[Scenario]]()


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("xen-testbed-one-worker"):
        config.pluginmanager.register(_OneWorker(), "xen-testbed-one-worker")
    config.addinivalue_line(
        "markers",
        f"{MARK}(scenario): run this Scenario in the session's single Xen boot",
    )


def _scenario_of(item: pytest.Item) -> Scenario | None:
    mark = item.get_closest_marker(MARK)
    if mark is None:
        return None
    sc = mark.args[0] if mark.args else mark.kwargs.get("scenario")
    if not isinstance(sc, Scenario):
        raise pytest.UsageError(f"{item.nodeid}: @{MARK} needs a Scenario")
    return sc


class _OneWorker:
    """Under pytest-xdist (--dist loadgroup) the tests of the boot are meant
    to go to one worker; xen_run also shares one boot's report between
    workers, whatever the scheduling.  tryfirst: xdist turns the group
    marks into its scheduling keys in its own modifyitems hook."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            if "xen_run" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group("xen-testbed"))


@pytest.hookimpl(trylast=True)  # after -k/-m deselection: boot only what runs
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    by_name: dict[str, Scenario] = {}
    for item in items:
        sc = _scenario_of(item)
        if sc is None:
            continue
        other = by_name.setdefault(sc.name, sc)
        if other is not sc and other != sc:
            raise pytest.UsageError(
                f"two different Xen scenarios are named {sc.name!r}"
            )
    config.stash[_KEY] = list(by_name.values())
    timeout = _timeout(config.stash[_KEY])
    for item in items:
        if "xen_run" in getattr(item, "fixturenames", ()):
            # The first such test pays for the boot in its set-up: let
            # pytest-timeout (if used) allow the whole bounded boot.
            item.add_marker(pytest.mark.timeout(timeout + 60))


def _timeout(scenarios: list[Scenario]) -> float:
    env = os.environ.get("XENLET_XEN_TIMEOUT")
    return float(env) if env else run_bound(scenarios)


@pytest.fixture(scope="session")
def xen_run(pytestconfig: pytest.Config) -> RunReport:
    """The session's single boot with every collected scenario."""
    if os.environ.get("XENLET_SKIP_XEN") == "1":
        pytest.skip("XENLET_SKIP_XEN=1")
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 is not installed (tools/setup.sh)")
    scenarios = pytestconfig.stash.get(_KEY, [])
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run_id:
        return boot(scenarios, timeout=_timeout(scenarios))
    # Under pytest-xdist every worker collected the same scenarios: the first
    # to get here boots, the others wait on the lock and reuse its report.
    shared = Path(pytestconfig.rootpath) / "build" / "xen-testbed" / f"session-{run_id}"
    shared.parent.mkdir(parents=True, exist_ok=True)
    with open(shared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if shared.exists():
            with open(shared, "rb") as f:
                return pickle.load(f)
        report = boot(scenarios, timeout=_timeout(scenarios))
        with open(shared, "wb") as f:
            pickle.dump(report, f)
        return report


@pytest.fixture
def xen_verdict(request: pytest.FixtureRequest, xen_run: RunReport) -> Verdict:
    """The verdict of the scenario this test is marked with."""
    sc = _scenario_of(request.node)
    if sc is None:
        raise pytest.UsageError(
            f"{request.node.nodeid} uses xen_verdict without @{MARK}"
        )
    for v in xen_run.verdicts:
        if v.name == sc.name:
            if v.result == SKIPPED:
                pytest.skip("; ".join(v.problems))
            return v
    raise AssertionError(
        f"scenario {sc.name} missing from the run (deselected after collection?)"
    )
