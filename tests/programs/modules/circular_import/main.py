# Circular imports: module objects exist before they finish executing.
import a
print(a.use_b())
import b
print(b.from_a(), a.b is b)
