# SPDX-License-Identifier: MIT
# sys.stdin.readlines() on CRLF and UTF-8 input.
import sys
lines = sys.stdin.readlines()
print(len(lines), [l.rstrip() for l in lines])
print(sys.stdin.read() == "")
