# SPDX-License-Identifier: MIT
"""xenlet's host tool: compile a Python program and the modules it imports
into a frozen image for the xenlet VM, and build Xen guests from it."""
