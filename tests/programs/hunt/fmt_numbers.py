# SPDX-License-Identifier: MIT
# Number formatting: repr/str of floats, format specs for floats and ints, % formatting, round, int()/float() parsing.
import math
vals = [0, 1, -1, 3.14159, 1e10, 1e-7, 123456789.123, -0.0, 2.5, 3.5, 1/3, 1e16, 1e22, 12345.6789, float('inf'), float('nan')]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|", f"{v:<12.4g}|", f"{v:+.2e}")
for v in [0, 5, -17, 255, 1234567, 2**40]:
    print(f"{v:b} {v:o} {v:x} {v:X} {v:#x} {v:#o} {v:#b} {v:08d} {v:,} {v:_} {v:+d} {v: d} {v:^10}|")
print(f"{1234567.891:,.2f}", f"{0.5:%}", f"{0.1234:.1%}", f"{42:c}", f"{1e300*10:f}")
print(format(1.0, ''), format(10.0, 'g'), format(1e-5, ''), format(123.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), round(2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print('%5.1f|%-8s|%08.3f|%x|%r|%%|%c' % (3.14159, 'ab', -3.5, 255, 'q', 65))
print('%(a)s and %(b)d' % {'a': 'x', 'b': 7})
print(float('1e500'), float('-1e500'), 1e-320, 5e-324, 2.2250738585072014e-308)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, -7.5 % 2)
print(divmod(-7, 3), divmod(7.5, -2), pow(3, -1, 7), pow(2, 100, 1000), 2 ** -2, (-8) ** (1/3) if False else 0)
print(float.hex(1.5), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio(), (2.0).is_integer())
print(int('  42  '), int('-0x1f', 16), int('0b101', 0), int('1_000'), float(' 1.5e3 '), float('-inf'))
print(f"{'abc':>10}|{'abc':*^9}|{'abc':.2}|{3:>{5}}|{2.5:{'.3f'}}")
print(f"{12:=+8}", f"{-12:=8}", f"{3.0:=+10.2f}", f"{1e6:.3g}", f"{1e-6:.3g}", f"{123456:.2e}")
print(f"{0.0001:g}", f"{0.00001:g}", f"{1e15:g}", f"{1e16:g}", f"{float(2**53):g}", f"{1.0:.0e}")
print(str(1e15), str(1e16), str(0.0001), str(0.00001), repr(1.1), repr(0.1+0.2), 1.0e-4)
