# SPDX-License-Identifier: MIT
"""The smallest xenlet app: prints a greeting and its arguments, then ends
(status 0: under Xen the domain powers off)."""
import sys

print("Hello from xenlet!")
if len(sys.argv) > 1:
    print("arguments:", " ".join(sys.argv[1:]))
