# SPDX-License-Identifier: MIT
# Uncaught KeyError with an empty string key.
raise KeyError("")
