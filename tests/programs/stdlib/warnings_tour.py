# warnings: filters, once/default/always, errors and catch_warnings
import warnings


def record(action, calls):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        calls()
    return [(str(w.message), w.category.__name__) for w in log]


def three():
    for _ in range(3):
        warnings.warn("repeated")
    warnings.warn("deprecated api", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))


print(record("always", three))
print(record("once", three))
print(record("ignore", three))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.warn("noisy thing")
    warnings.warn("Noisy too")
    warnings.warn("future", FutureWarning)
    warnings.warn("kept", UserWarning)
print([str(w.message) for w in log], log[0].category is UserWarning)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", ResourceWarning)
    except ResourceWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("error", category=DeprecationWarning)
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner", DeprecationWarning)
    print(len(inner))
    try:
        warnings.warn("outer", DeprecationWarning)
    except DeprecationWarning as e:
        print("outer raised:", e)

shown = []
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
        shown.append(f"{category.__name__}: {message}")
    warnings.warn("custom hook")
    warnings.warn("second", SyntaxWarning)
print(shown)
print(warnings.formatwarning("text", UserWarning, "prog.py", 12), end="")
print(warnings.formatwarning("text", DeprecationWarning, "prog.py", 3, "  x = old()  "), end="")
try:
    warnings.warn("bad", category=str)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError")
