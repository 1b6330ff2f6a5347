# SPDX-License-Identifier: MIT
# sys.exit inside try/finally: finally runs, exit status kept.
import sys
try:
    sys.exit(5)
finally:
    print("cleanup")
