# SPDX-License-Identifier: MIT
# SystemExit with a string message.
raise SystemExit("fatal: bad config")
