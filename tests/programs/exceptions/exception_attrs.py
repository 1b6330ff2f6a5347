# args, with_traceback-free attributes, exception objects as values.
errors = []
for fn in (lambda: int("z"), lambda: [][0], lambda: {}["q"]):
    try:
        fn()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print([e.args for e in errors])
e = ValueError("a")
print(e.__traceback__, e.__cause__, e.__context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err))
print(type(err).__name__, isinstance(err, OSError))
k = KeyError("missing")
print(k.args[0], str(k))
si = StopIteration(42)
print(si.value, si.args)
se = SystemExit(3)
print(se.code, se.args)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason)
print(str(u))
