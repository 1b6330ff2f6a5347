# SPDX-License-Identifier: MIT
# format specs on ints, big ints and floats (fill, align, sign, grouping, #, %, g/e/n), nested f-string specs, str.format fields, %-formatting and round().
import math
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70, -(2**70)]
for v in vals:
    print(f"{v:d}|{v:5d}|{v:<8}|{v:^9}|{v:>+7}|{v: }|{v:x}|{v:#X}|{v:#o}|{v:#b}|{v:,}|{v:_}|{v:_x}|{v:08d}|{v:=+10}|{v:*^12,}")
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 1.5e300, 123456789.125, float('inf'), float('-inf'), float('nan'), 0.1, 2.5, 1e16, 1e15, 123.0]
for v in fl:
    print(f"{v}|{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:.1%}|{v:,.2f}|{v:+.1f}|{v:10.3}|{v:<10.2f}|{v:#g}|{v:#.0f}|{v:.0e}|{v:n}|{v:010.2f}")
print(repr(1e16), repr(1e-5), repr(0.0001), repr(1.0e22), repr(123456789012345678.0), str(1/3), repr(-0.0), 5e-324, 1.7976931348623157e308)
print(format(1234.5, ","), format(1234.5, "_"), format(0.000012345, ".3"), format(1e100, ".3"), format(12345.678, ".3"), format(100.0, ".0"), format(100, ""), format(1.0, ""))
print("{:{}{}}".format(3.14159, ">", 10), "{0:{1}.{2}f}".format(2.71828, 8, 3), f"{'x':{'^'}{7}}", f"{3.5:{'.'}{'3'}}")
print("{!r:>10}".format("hi"), "{!s:*<6}".format(12), "{0[1]}{0[0]}".format("ab"), "{a[k]}".format(a={"k": 5}), "{0.real}".format(7))
print("{{}} {} {{{}}}".format(1, 2), f"{{{1+1}}}", f"{'a' 'b'}", f"{1!r:>4}", f"{'q'!a}", f"{3=}", f"{1+2 = }", f"{'x'=!r:5}")
print("%d %i %5d %-5d| %05d %+d %x %X %#x %#o %o %e %E %f %g %G %.3s %c %c %% %r" % (3, -4, 5, 6, -7, 8, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1.5, 1e-10, 1e20, "abcdef", 65, "z", [1]))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.345}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%5.2s|" % "abc")
print("%d" % 3.9, "%x" % -255, "%o" % -8, "%5s" % None, "%.0f" % 2.5, "%.0f" % 3.5, "%.2f" % 2.675, "%10.4e" % 1234.5, "%g" % 123456789, "%g" % 0.0001, "%#g" % 1.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1250, -2), round(1.5), round(0.5), round(-0.5), round(5, 1), round(2.5, 0), round(1e300, -300))
print(f"{12345678901234567890:,}", f"{-0.0:.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-1.5:.0f}", f"{float('nan'):+}", f"{float('inf'):,}")
print(f"{'abc':.2}", f"{'abc':>{5}.{1}}", f"{True}", f"{True:d}", f"{True:>5}", f"{None!s:>6}", format(True, "^6"), format(3, "c"), f"{65:c}")
print(f"{1e-320}", f"{2.0**-1074:.3e}", f"{1/7:.20f}", f"{2**0.5:.17g}", f"{10**20:.3e}", f"{10**25:e}", f"{123:.2f}", f"{123:%}", f"{7:g}", f"{12345678:g}")
