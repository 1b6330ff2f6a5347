# SPDX-License-Identifier: MIT
# time.sleep blocks in the platform's wait (SCHEDOP_poll with a deadline):
# the monotonic clock moves by at least the requested time, and not much
# more.  The CPU time used meanwhile is checked by the test from outside.
import time

t0 = time.monotonic()
time.sleep(0.5)
dt = time.monotonic() - t0
print(f"slept {dt:.3f}")
print("sleep ok" if 0.5 <= dt < 5.0 else f"sleep WRONG {dt}")
