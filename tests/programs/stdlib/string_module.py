# The string module: constants, Template, capwords, Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{b}c{d!r:>3}")))
print(all(c in string.printable for c in "Hello, World!"))
