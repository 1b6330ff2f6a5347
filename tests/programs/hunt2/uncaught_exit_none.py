# SPDX-License-Identifier: MIT
# sys.exit(None) exits with status 0.
import sys
sys.exit(None)
