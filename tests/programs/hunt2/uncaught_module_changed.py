# SPDX-License-Identifier: MIT
# Uncaught exception whose class __module__ was changed.
import sys
class E(Exception): pass
E.__module__ = "mypkg.errors"
raise E("custom module")
