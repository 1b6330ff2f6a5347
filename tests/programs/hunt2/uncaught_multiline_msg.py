# SPDX-License-Identifier: MIT
# Uncaught exception with a multi-line message.
raise Exception("multi\nline\nmsg")
