# Float to string conversions across magnitudes with repr, str, %g, format and round.
vals = [0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 1e-4, 1e-5, 123456.789, 1234567.0, 1e15, 1e16,
        1.23456789012e-8, 9.999999999999999e22, 6.02214076e23, 1.602e-19, 2 ** 0.5, 100.0 / 7]
for v in vals:
    print(repr(v), "%g" % v, "%.3g" % v, "%e" % v, "%.10f" % v, format(v, ".6"), format(v, "n"), f"{v:.2%}")
print(round(1 / 3, 5), round(2 / 3, 15), round(1e-20, 25), round(123.456, 0), round(-123.456, -2))
print(str(1e16), str(1e-5), str(0.0001), str(123e20), str(1.0e-300 * 1e-10))
print(f"{1e100:.0f}"[:20], len(f"{1e100:.0f}"), f"{0.1:.20f}", f"{2.5:.0f}", f"{3.5:.0f}")
