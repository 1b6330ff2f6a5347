# SPDX-License-Identifier: MIT
# sys.exit(3): "[xenlet] exit status 3" on the console, then a crash.
import sys

print("leaving with status 3")
sys.exit(3)
