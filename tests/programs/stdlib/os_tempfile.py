# os and tempfile: make a folder tree, write, list, stat, rename, clean up.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    sub = os.path.join(d, "a", "b")
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    for name in ["x.txt", "y.log", "z.txt"]:
        with open(os.path.join(sub, name), "w") as f:
            f.write(name * 3)
    print(sorted(os.listdir(sub)), os.path.isdir(sub), os.path.isfile(os.path.join(sub, "x.txt")))
    print(os.path.getsize(os.path.join(sub, "y.log")), os.stat(os.path.join(sub, "z.txt")).st_size)
    os.rename(os.path.join(sub, "y.log"), os.path.join(sub, "w.log"))
    print(sorted(os.listdir(sub)), [os.path.splitext(n) for n in sorted(os.listdir(sub))])
    try:
        os.mkdir(sub)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        os.rmdir(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    with tempfile.NamedTemporaryFile("w", dir=d, suffix=".tmp", delete=False) as t:
        t.write("hello")
        tname = t.name
    print(tname.endswith(".tmp"), os.path.dirname(tname) == d, open(tname).read())
    print(os.path.exists(d))
print(os.path.exists(d), os.path.join("a", "b", "/c"), os.path.normpath("a/./b/../c"))
print(type(os.getpid()).__name__, len(os.urandom(8)), os.sep, os.getcwd() == os.path.abspath("."))
