# SPDX-License-Identifier: MIT
# Errors and corner cases of %-formatting, str.format and format(): messages of ValueError/TypeError/KeyError/IndexError, rounding of halfway cases.
tests = [
 lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%(a)s" % 5, lambda: "%z" % 1, lambda: "%" % (),
 lambda: "%c" % 1114112, lambda: "%c" % "ab", lambda: "{".format(1), lambda: "}".format(), lambda: "{0}{}".format(1, 2), lambda: "{1}".format(1),
 lambda: "{a}".format(1), lambda: format(1, "s"), lambda: format("a", "d"), lambda: format(1.5, "d"), lambda: format(1, ".2s"), lambda: format("a", "+"),
 lambda: format(1, ",x"), lambda: format([], "x"), lambda: "{:x}".format(1.5), lambda: "{!z}".format(1), lambda: format(1, "=^"), lambda: "{0.nope}".format(1),
 lambda: "{0[5]}".format("ab"), lambda: "%.2d" % 5, lambda: "%x" % 1.5, lambda: "%i" % 3.7, lambda: "%s" % {},
 lambda: format("abc", "=10"), lambda: format(10, "_,"), lambda: f"{10:,_}", lambda: "%c" % -1, lambda: format(True, "s"), lambda: format(None, ">5"),
 lambda: format(3, ".0%"), lambda: format(-1, "c"), lambda: format(1.5, "c"), lambda: format(2**100, "f"), lambda: "%.3s|%5.1s|" % ("abcdef", "xyz"), lambda: "%-6.2f|" % 3.14159,
 lambda: "%+.3e" % 0, lambda: "% d" % 5, lambda: "%#.3x" % 10, lambda: "%05s" % "ab", lambda: "%-05d" % 3, lambda: "%a" % "é", lambda: "%r" % b"x",
 lambda: "{:>08.3f}".format(-3.14159), lambda: "{:0=8.2f}".format(-1.5), lambda: "{:#010x}".format(255), lambda: "{:#010b}".format(5), lambda: "{:^#10o}".format(8), lambda: "{:+,}".format(10**7),
 lambda: "{:e}".format(10**30), lambda: "{:.2e}".format(2**100), lambda: "{:g}".format(10**16), lambda: "{:n}".format(10**6), lambda: "{:%}".format(1), lambda: "{:.0f}".format(10**20),
 lambda: "{:=10}".format(-5), lambda: "{:010}".format(-5.5), lambda: "{:010}".format("ab"), lambda: "{:<010}".format(7), lambda: "{0:{1}}".format("x", "^5"), lambda: "{:{w}.{p}f}".format(1/3, w=10, p=3),
 lambda: "{0!r:^10}".format("é"), lambda: "{0!a}".format("é"), lambda: "{:.3}".format("é√∑x"), lambda: "{:3}".format("é"), lambda: "{:x<3}".format("√"), lambda: f"{'nested {inner}'!r}",
 lambda: f"{3.0:.0%}", lambda: f"{0.00001:g}", lambda: f"{1e-5:.1e}", lambda: f"{123456789:.3g}", lambda: f"{0.5:.0%}", lambda: f"{-1e-10:f}",
 lambda: f"{float('nan'):010.2f}", lambda: f"{float('-inf'):=+10}", lambda: f"{1.0:#}", lambda: f"{100:#g}", lambda: f"{1.23456789e-5:.12g}", lambda: f"{5e-324:g}",
 lambda: "{0:.{1}{2}}".format(3.14159, 2, "f"), lambda: "{:.0e}".format(15), lambda: "{:.1f}".format(0.05), lambda: "{:.1f}".format(0.15), lambda: "{:.1f}".format(0.25), lambda: "{:.2f}".format(1.005),
 lambda: "{:,.0f}".format(-1234.5), lambda: "{:_b}".format(1023), lambda: "{:_o}".format(4095), lambda: "{:,d}".format(-999), lambda: "{:,}".format(999.99999), lambda: "{:,}".format(1e20),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
