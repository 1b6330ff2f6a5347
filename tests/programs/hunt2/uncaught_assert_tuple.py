# SPDX-License-Identifier: MIT
# assert with a tuple message.
assert 1 == 2, ("tuple", 1)
