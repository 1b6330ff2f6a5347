# re.sub/subn/split: templates, callables, counts and Python 3.7+ empty
# match rules.
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>|\g<1>|\g<0>>", "ab cd"))
print(re.sub(r"a", r"\n\t\\-", "xax"), repr(re.sub(r"(a)", r"\0\101\1", "a")))
print(re.sub(r"(b)|a", r"[\1]", "abc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub("a", "o", "banana", 2), re.sub("a", "o", "banana", count=1))
print(re.subn(r"\s+", " ", "a  b \t c\n\nd"), re.subn("z", "y", "abc"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"$", ";", "a\nb\n", flags=re.M), re.sub(r"$", ";", "a\nb\n"))
print(re.sub(r"\b", "|", "hi there"), re.sub(r"", "-", "abc"))
print(re.sub(r"a|(?=b)", "_", "abab"))
print(re.sub(b"a+", b"<\\g<0>>", b"baaac"), re.sub(b"[aeiou]", lambda m: m.group().upper(), b"education"))
print(re.sub(b"b", b"x", bytearray(b"abba")))

print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"[,;]\s*", "a, b;c,  d", 2))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"(\d)", "a1b2c"))
print(re.split(r"x*", "axbc"), re.split(r"\b", "one two"))
print(re.split(r"^$", "a\n\nb", flags=re.M), re.split(r"\s+", "  lead and trail  "))
print(re.split(r"(?=[A-Z])", "helloWorldFooBar"), re.split(b"-", b"a-b--c"))
print(re.split("x", ""), re.split("", ""), re.split(r"(a)?b", "cbd ab"))

p = re.compile(r"(\d+)-(\d+)")
print(p.sub(r"\2-\1", "1-2 and 30-40"), p.subn(lambda m: m.group(2), "5-6 7-8", 1))
print(p.split("a1-2b3-4c", 1))
m = p.search("range 10-20")
print(m.expand(r"from \1 to \2"), m.expand(r"\g<0>!"))

for bad in [r"\q", r"\2", r"\g<x>", r"\g<1", r"\g<-1>", "\\"]:
    try:
        print(re.sub(r"(a)", bad, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", "x", b"a")
except TypeError as e:
    print("TypeError", e)

# a simple template engine
tmpl = "Hello {{ name }}, you have {{count}} new {{ what|upper }}!"
data = {"name": "Ada", "count": 3, "what": "messages"}

def render(m):
    key, _, filt = m.group(1).partition("|")
    val = str(data.get(key.strip(), "?"))
    return val.upper() if filt.strip() == "upper" else val

print(re.sub(r"\{\{\s*([\w|]+?)\s*\}\}", render, tmpl))
