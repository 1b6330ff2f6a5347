# str.format: positional, named, indices, attributes, nested specs.
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:08.3f}|{:+d}|{:,}|{:_}|{:.2%}".format(3.14159, 5, 1234567, 1234567, 0.256))
print("{:b} {:o} {:x} {:X} {:#b} {:#x}".format(10, 10, 255, 255, 5, 255))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{literal}} {}".format("braces"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:e} {:.1e} {:g} {:n}".format(1234.5, 0.000123, 1e-7, 42))
print("{:c}".format(9731), "{:5}|{:<5}|".format(7, 7), "{:=+8}".format(-3))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
