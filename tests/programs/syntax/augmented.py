# Every augmented assignment operator on ints, floats, lists and strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x0F; print(x)
f = 7.0
f /= 2; print(f)
f **= 0.5; print(round(f, 6))
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"n": 1}
d["n"] += 41
print(d)
class C:
    attr = 1
c = C()
c.attr += 1
print(c.attr, C.attr)
arr = [1, 2, 3]
arr[1] *= 10
arr[-1] -= 1
print(arr)
