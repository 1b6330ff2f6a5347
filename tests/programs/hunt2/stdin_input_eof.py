# SPDX-License-Identifier: MIT
# input() with a prompt, sys.stdin.readline/iteration/read, EOFError at end of input, print sep/end/file.
import sys
first = input()
second = input("prompt> ")
print(repr(first), repr(second))
rest = sys.stdin.readline()
print(repr(rest))
for i, line in enumerate(sys.stdin):
    print(i, repr(line.rstrip("\n")))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
n = sys.stdout.write("written\n"); print(n)
print("a", "b", sep=None, end=None)
print("x", "y", sep="", end="|\n", flush=True)
print(file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("last stderr line\n")
