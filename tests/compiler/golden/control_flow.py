# SPDX-License-Identifier: MIT
# Golden disassembly: loops, try/except/finally, with, break/continue.
def f(items, lock):
    for x in items:
        try:
            with lock:
                if x:
                    continue
                break
        except (KeyError, ValueError) as e:
            return e
        finally:
            x = None
    else:
        return 1
