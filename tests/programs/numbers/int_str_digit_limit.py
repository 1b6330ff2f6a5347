# CPython 3.11 limits decimal conversions of huge ints to 4300 digits.
import sys
x = 10 ** 5000
try:
    s = str(x); print('len', len(s))
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 5000); print('parsed')
except ValueError as e:
    print('ValueError', e)
print(len(hex(x)), len(str(10 ** 4299)), sys.get_int_max_str_digits(), sys.maxunicode, sys.getdefaultencoding())
sys.set_int_max_str_digits(0)
print(len(str(x)), sys.flags.optimize, sys.int_info.default_max_str_digits)
