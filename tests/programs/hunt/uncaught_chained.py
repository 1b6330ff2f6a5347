# SPDX-License-Identifier: MIT
# Uncaught exception raised "from" another: the last line names the outer one.
try:
    1/0
except ZeroDivisionError as e:
    raise ValueError("wrapped") from e
