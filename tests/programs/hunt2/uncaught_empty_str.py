# SPDX-License-Identifier: MIT
# Uncaught exception whose __str__ returns an empty string.
class Quiet(Exception):
    def __str__(self): return ""
raise Quiet("x")
