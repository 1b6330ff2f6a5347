# Exercises the traceback module; tests/stdlib/test_traceback.py compares
# its output with CPython's after dropping the source lines CPython prints.
import io
import sys
import traceback


class AppError(Exception):
    pass


def inner(n):
    if n == 0:
        raise ValueError("bad value")
    return inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError as e:
        raise AppError("wrapped") from e


def context():
    try:
        {}["k"]
    except KeyError:
        1 / 0


try:
    outer()
except AppError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("--- format_exc")
    print(traceback.format_exc(), end="")
    print("--- no chain")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("--- only", traceback.format_exception_only(e))
    print("--- triple")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    summary = traceback.extract_tb(e.__traceback__)
    print("--- extract", len(summary), [(fs.lineno, fs.name) for fs in summary])
    fname, line, func, _ = summary[0]
    print("unpacked", fname == __file__ or fname.endswith("traceback_tour.py"), line, func)
    print("--- limit")
    print("".join(traceback.format_tb(e.__cause__.__traceback__, limit=2)), end="")
    print("--- negative limit")
    print("".join(traceback.format_tb(e.__cause__.__traceback__, limit=-1)), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print("--- print_exc frames", sum(ln.startswith("  File") for ln in buf.getvalue().splitlines()))
    walked = [(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__cause__.__traceback__)]
    print("--- walk", walked)

try:
    context()
except ZeroDivisionError as e:
    traceback.print_exception(e, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print("--- te")
    print("".join(te.format()), end="")
    print("te only", list(te.format_exception_only()), te.exc_type.__name__, str(te))
    print("te stack", [(f.lineno, f.name) for f in te.stack])

try:
    e = RuntimeError("with notes")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")

print(traceback.format_exception_only(None), traceback.format_exception(None))
print("--- outside handler", repr(traceback.format_exc()))
try:
    raise SystemExit(3)
except SystemExit as e:
    print(traceback.format_exception_only(e))
print(traceback.format_list([("a.py", 1, "f", None), ("b.py", 2, "g", "  x = 1 ")]))


def level2():
    return traceback.extract_stack()


def level1():
    return level2()


print("--- stack", [(fs.name, fs.lineno) for fs in level1()][-3:])
print("--- stack limit", [fs.name for fs in traceback.extract_stack(limit=1)])


def show():
    traceback.print_stack(file=sys.stdout)
    print("".join(traceback.format_stack(limit=1)), end="")


show()
