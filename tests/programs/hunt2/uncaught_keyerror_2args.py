# SPDX-License-Identifier: MIT
# Uncaught KeyError with two arguments.
raise KeyError("a", "b")
