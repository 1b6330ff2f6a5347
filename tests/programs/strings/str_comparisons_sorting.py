# Sorting strings: default, case-insensitive, by length, natural order.
names = ["bob", "Alice", "carol", "Dave", "eve", "alice", "Bob", "émile", "Zoe"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len))
print(sorted(names, key=len, reverse=True))
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt"]
def natural(s):
    parts, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                parts.append(int(num))
                num = ""
            parts.append(ch)
    if num:
        parts.append(int(num))
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts]
print(sorted(files))
print(sorted(files, key=natural))
print(max(names), min(names), max(names, key=len))
