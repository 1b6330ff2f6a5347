# Output on both streams, then an uncaught error: stdout kept, last stderr line compared.
import sys
print("to stdout 1")
print("warning: something odd", file=sys.stderr)
print("to stdout 2")
sys.stderr.write("another stderr line\n")
for i in range(3):
    print("line", i)
    if i == 1:
        print("stderr", i, file=sys.stderr)
raise LookupError("final problem")
