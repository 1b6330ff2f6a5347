# SPDX-License-Identifier: MIT
# Uncaught exception without arguments.
raise ValueError()
