# open() with an explicit utf-8 codec: non-ASCII text round-trips; print(file=...).
import tempfile, os
d = tempfile.mkdtemp()
path = os.path.join(d, "u.txt")
with open(path, "w", encoding="utf-8") as f:
    print("héllo", "wörld", sep=", ", file=f)
    print("日本語", file=f)
with open(path, encoding="utf-8") as f:
    text = f.read()
print(repr(text), len(text))
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw.decode("utf-8") == text)
with open(path, "r", encoding="utf-8") as f:
    lines = [l.strip() for l in f]
print(lines, f.closed)
os.remove(path)
os.rmdir(d)
