# callable() across objects; calling non-callables; __call__ on classes.
items = [len, print, int, lambda: 0, "s", 5, None, [].append, object, object(), type]
print([callable(i) for i in items])
class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
print(callable(WithCall()), callable(NoCall()), WithCall()())
for bad in ("str", 3, [1], NoCall()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
