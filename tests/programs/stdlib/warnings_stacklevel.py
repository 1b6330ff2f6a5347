# warnings attributed to the caller's line with stacklevel, and the registry.
import sys, warnings
def deprecated_api():
    warnings.warn("use new_api", DeprecationWarning, stacklevel=2)
def helper():
    warnings.warn("helper says hi")
warnings.simplefilter("default")
def show(message, category, filename, lineno, file=None, line=None):
    print("W:", filename.rsplit("/", 1)[-1], lineno, category.__name__, message)
warnings.showwarning = show
for i in range(3):
    deprecated_api()
    helper()
warnings.warn("deep", UserWarning, stacklevel=10)
print(sorted(k[2] for k in globals().get("__warningregistry__", {}) if k != "version"))
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    helper(); deprecated_api()
print([(w.lineno, w.category.__name__) for w in got])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, line="x = 1"), end="")
