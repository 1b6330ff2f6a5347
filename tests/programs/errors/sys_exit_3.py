# sys.exit(3): exit status 3, no traceback; finally blocks still run.
import sys
def main():
    print("working")
    try:
        if True:
            sys.exit(3)
    finally:
        print("cleanup in finally")
    print("not reached")
main()
print("not reached either")
