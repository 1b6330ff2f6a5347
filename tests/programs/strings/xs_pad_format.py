# str padding, translate, % formatting and str.format.
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".center(6, "-")), repr("é".center(4, "ü")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".ljust(3)), repr("42".zfill(5)), repr("-42".zfill(5)))
print(repr("+7".zfill(4)), repr("".zfill(3)), repr("a\tbc\td".expandtabs()), repr("a\tb\nc\td".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-abcd".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None}), "héllo".translate(str.maketrans({"é": "e"})))
print("%s|%r|%a|%5s|%-5s|%.2s" % ("x", "y", "é", "ab", "ab", "abc"))
print("%d %i %u %5d %-5d| %05d %+d % d %x %X %#x %#o %o" % (1, -2, 3, 4, 5, -6, 7, 8, 255, 255, 255, 8, 8))
print("%f %.1f %e %.3E %g %G %10.4f|%-10.2e|" % (1.5, 2.25, 12345.6789, 0.00012, 1e-5, 2.5e20, 3.14159, 1234.5))
print("%c%c %5c|" % (65, "é", "z"), "%%", "%(a)s-%(b)05.1f" % {"a": "A", "b": 2.345})
print("%*d|%-*d|%.*f|%d" % (5, 42, 4, 7, 2, 3.14159, 3.99), "%s" % [1, 2], "%s" % (None,), "%d" % True)
print("%x %o" % (-255, -8), "%#X" % 3054, "%.3d" % 7, "%+.2f" % -0.0, "%s %s" % ("a", ("b",)))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%x", 1.5), ("%c", "ab"),
                  ("%(a)s", 1), ("%", 1), ("%f", "x"), ("%c", 0x110000)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", [2]), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.real} {0.imag}".format(3), "{a[0]} {a[1][k]}".format(a=[1, {"k": "v"}]), "{{}} {{{0}}}".format(5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "x", w=8, p=2), "{0:{1}}".format(42, "+05d"))
print("{:,} {:_} {:x} {:#b} {:08.3f} {:.2%} {:e} {:c}".format(1234567, 1234567, 255, 5, 3.14159, 0.256, 1234.5, 97))
print("{:5}|{:<5}|{:=+6}|{:x<4}".format(42, 42, 42, 7), "{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"))
print("{0[1]}".format("xyz"), "{name!r:>10}".format(name="n"), "{:}".format(1.0), "{}".format(1e16))
print("{a}{b}".format_map({"a": 1, "b": 2}), format("x", ">3"), format(12, "04"), format(1.5), format(True))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}),
                      ("{x}", (), {}), ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{0.}", (1,), {}),
                      ("{0[}", (1,), {}), ("{:,s}", ("s",), {}), ("{:=}", ("s",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
class Bad:
    def __format__(self, spec):
        return 42
print("{:abc} {}".format(P(), P()), format(P(), "zz"), f"{P():q}")
try:
    format(Bad())
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
s = S("sub")
print(type(str(s)).__name__, str(s), type(S("x") + "y").__name__, S(b"ab", "ascii"), str(b"hi", "utf-8"))
print(str(), str(12), str(None), str(b"x"), str(bytearray(b"caf\xc3\xa9"), encoding="utf-8"), "é".__format__(">3"))
