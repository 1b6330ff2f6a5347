# SPDX-License-Identifier: MIT
# sys.exit with a string message after normal output.
import sys
print("out"); sys.exit("fatal: bad thing")
