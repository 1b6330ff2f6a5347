# SPDX-License-Identifier: MIT
# StopIteration raised from a plain function, uncaught.
def f(): raise StopIteration
f()
