# warnings filters whose message and module are regular expressions.
import sys, warnings
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message=r"old \w+ api")
warnings.filterwarnings("error", message="FATAL", category=RuntimeWarning)
warnings.filterwarnings("ignore", module=r"other\.mod")
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"OLD \w+ API")
    warnings.warn("old db api is gone")
    warnings.warn("new thing")
    warnings.warn_explicit("from elsewhere", UserWarning, "x.py", 3, module="other.mod")
    warnings.warn_explicit("from mod2", UserWarning, "x.py", 3, module="other.mod2")
    print([str(w.message) for w in got])
try:
    warnings.warn("fatal: disk", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
print(len(warnings.filters) > 3)
