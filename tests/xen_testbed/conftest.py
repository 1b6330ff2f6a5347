# SPDX-License-Identifier: MIT
# Loads the Xen test bed's pytest plugin (one Xen boot per session for all
# tests marked xen_scenario) when these tests are collected.  A top-level
# conftest may load it instead; import_plugin ignores a second load.
import sys
from pathlib import Path

import pytest

_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.import_plugin("tools.xen_testbed.pytest_plugin")
