# sys.exit() and sys.exit(0) and sys.exit(None) end with status 0.
import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("now really exiting")
sys.exit(None)
