# sys.exit("msg"): the message goes to stderr and the status is 1.
import sys
errors = ["disk full", "no network"]
print("checking", len(errors), "conditions")
for e in errors:
    print(" -", e)
try:
    sys.exit("caught message")
except SystemExit as ex:
    print("code was", repr(ex.code))
if errors:
    sys.exit("fatal: " + errors[0])
print("not reached")
