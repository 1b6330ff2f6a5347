# SPDX-License-Identifier: MIT
# sys.exit(256): exit status wraps to 0.
import sys
sys.exit(256)
