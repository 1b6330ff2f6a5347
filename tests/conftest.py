# SPDX-License-Identifier: MIT
# Shared pytest fixtures for the test suites.
#
# `xenlet_cmd` is the argv prefix that runs a Python program under xenlet:
# the differential tests append the program path and its arguments.  Its
# name and return type (a list of str) are an interface; the body may change
# as the way of running xenlet changes.
import sys

import pytest


@pytest.fixture(scope="session")
def xenlet_cmd() -> list[str]:
    return [sys.executable, "-m", "freeze", "run"]
