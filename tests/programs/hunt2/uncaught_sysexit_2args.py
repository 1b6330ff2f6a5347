# SPDX-License-Identifier: MIT
# SystemExit with two arguments.
raise SystemExit(1, 2)
