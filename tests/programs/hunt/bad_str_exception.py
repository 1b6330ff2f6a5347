# SPDX-License-Identifier: MIT
# Uncaught exception whose __str__ itself raises.
class E(Exception):
    def __str__(self): raise RuntimeError
raise E()
