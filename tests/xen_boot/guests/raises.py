# SPDX-License-Identifier: MIT
# An uncaught exception: the guest prints its traceback, then crashes.
def parse(text):
    return int(text)


print("about to fail")
parse("not a number")
