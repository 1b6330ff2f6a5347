# SPDX-License-Identifier: MIT
# Uncaught ZeroDivisionError after a finally block prints.
try:
    1/0
finally:
    print("cleanup")
