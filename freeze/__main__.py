# SPDX-License-Identifier: MIT
"""`python -m freeze ...` is the `xenlet` command."""
from freeze.cli import main

main()
