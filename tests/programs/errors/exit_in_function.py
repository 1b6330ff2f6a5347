# SystemExit propagating out of nested calls and a with-block.
import sys
class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit called with", exc[0].__name__)
        return False
def deep(n):
    if n == 0:
        sys.exit(7)
    deep(n - 1)
with Guard():
    deep(5)
