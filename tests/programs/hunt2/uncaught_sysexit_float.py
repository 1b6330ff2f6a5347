# SPDX-License-Identifier: MIT
# SystemExit with a float argument: printed, status 1.
raise SystemExit(3.5)
