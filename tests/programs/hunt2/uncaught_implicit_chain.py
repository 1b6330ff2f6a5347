# SPDX-License-Identifier: MIT
# Exception raised while handling another, uncaught (implicit chaining).
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
g()
