# random: only properties that hold for any generator (the algorithm may differ).
import random
random.seed(12345)
xs = [random.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(xs))
ints = [random.randint(1, 6) for _ in range(200)]
print(all(1 <= i <= 6 for i in ints), min(ints) >= 1, max(ints) <= 6)
print(all(random.randrange(0, 10, 3) in (0, 3, 6, 9) for _ in range(50)))
items = list(range(20))
shuffled = items[:]
random.shuffle(shuffled)
print(sorted(shuffled) == items, len(shuffled))
sample = random.sample(items, 5)
print(len(sample), len(set(sample)), all(s in items for s in sample))
print(random.choice("abc") in "abc", len(random.choices("xy", k=7)), all(c in "xy" for c in random.choices("xy", k=7)))
u = random.uniform(2.0, 3.0)
print(2.0 <= u <= 3.0)
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.random() for _ in range(5)] == [r2.random() for _ in range(5)])
random.seed(99)
a = [random.randint(0, 1000) for _ in range(10)]
random.seed(99)
b = [random.randint(0, 1000) for _ in range(10)]
print(a == b)
print(0 <= random.getrandbits(16) < 2 ** 16)
try:
    random.choice([])
except IndexError as e:
    print("IndexError raised")
try:
    random.sample([1, 2], 3)
except ValueError:
    print("ValueError raised")
