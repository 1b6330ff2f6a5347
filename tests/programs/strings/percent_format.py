# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.00001234, 1e20))
print("%s %s %s" % (None, [1, 2], (3,)))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %s" % "yes")
print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2])
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
print("%r" % "it's", "%a" % "é")
