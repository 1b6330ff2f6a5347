# SPDX-License-Identifier: MIT
# SystemExit(True) exits with status 1.
raise SystemExit(True)
