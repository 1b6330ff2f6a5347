# SPDX-License-Identifier: MIT
# Uncaught exception raised 'from None' inside an except block.
class E(Exception): pass
try:
    {}["k"]
except KeyError as e:
    raise E("wrapped") from None
