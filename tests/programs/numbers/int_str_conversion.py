# str() of big ints, int() of long strings, digit manipulation.
n = 7 ** 500
s = str(n)
print(len(s), s[:30], s[-30:], sum(int(d) for d in s))
print(int(s) == n, int(s[::-1][:50]))
print(str(-10 ** 50), repr(10 ** 25), f"{10 ** 30:,}")
digits = [int(c) for c in str(2 ** 1000)]
print(len(digits), sum(digits))
fact = 1
for i in range(2, 101):
    fact *= i
print(sum(map(int, str(fact))), str(fact).count("0"), len(str(fact)) - len(str(fact).rstrip("0")))
print(int("0" * 50 + "1"), int("-" + "9" * 40) + 1)
print(max(range(10 ** 20, 10 ** 20 + 5)), range(0, 10 ** 30, 7)[10 ** 20] % 1000)
