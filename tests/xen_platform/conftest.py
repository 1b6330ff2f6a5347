# SPDX-License-Identifier: MIT
# Puts the repository on sys.path and loads the Xen test bed's pytest plugin
# (one Xen boot per session for every test marked xen_scenario; loading it
# twice is harmless).
import sys
from pathlib import Path

import pytest

_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.import_plugin("tools.xen_testbed.pytest_plugin")
