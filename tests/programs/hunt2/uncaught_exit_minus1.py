# SPDX-License-Identifier: MIT
# sys.exit(-1) after output: exit status 255.
import sys
print("out"); sys.stdout.flush()
sys.exit(-1)
