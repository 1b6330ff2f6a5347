# next() on an exhausted iterator at top level: uncaught StopIteration.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
gen = (x * x for x in range(2))
print(list(gen), next(gen, "done"))
print("now uncaught")
next(it)
