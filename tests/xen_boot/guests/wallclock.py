# SPDX-License-Identifier: MIT
# time.time() is the real time: the test compares it with the host's clock.
import time

print(f"wall {time.time():.3f}")
print(f"year {time.gmtime().tm_year}")
