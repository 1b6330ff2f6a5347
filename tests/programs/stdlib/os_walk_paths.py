# os.walk, os.strerror, relpath/commonpath; int() x is positional-only.
import os, tempfile, errno
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "a", "b"))
    for p in ["a/x.txt", "a/b/y.txt", "z.txt"]:
        with open(os.path.join(d, p), "w") as f:
            f.write(p)
    out = []
    for root, dirs, files in os.walk(d):
        out.append((os.path.relpath(root, d), sorted(dirs), sorted(files)))
    print(sorted(out))
print(os.strerror(errno.ENOENT), os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
try:
    print(int(x=1))
except TypeError as e:
    print("TypeError", e)
print(int("10", base=2))
