# SPDX-License-Identifier: MIT
# SystemExit with a non-int, non-None argument: printed to stderr, status 1.
raise SystemExit([1, 2])
