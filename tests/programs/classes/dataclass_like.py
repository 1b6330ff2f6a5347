# A hand-written record class with __eq__, __repr__, ordering and copy.
class Record:
    fields = ()
    def __init__(self, *args, **kw):
        values = dict(zip(self.fields, args))
        values.update(kw)
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for f in self.fields:
            setattr(self, f, values[f])
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __eq__(self, o):
        return type(o) is type(self) and o.astuple() == self.astuple()
    def __lt__(self, o):
        return self.astuple() < o.astuple()
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def replace(self, **kw):
        d = dict(zip(self.fields, self.astuple()))
        d.update(kw)
        return type(self)(**d)
class Emp(Record):
    fields = ("name", "dept", "salary")
es = [Emp("bo", "ops", 50), Emp("al", "dev", 70), Emp(name="cy", dept="dev", salary=60)]
print(sorted(es))
print(es[0] == Emp("bo", "ops", 50), es[0] == es[1])
print(es[0].replace(salary=55))
try:
    Emp("x")
except TypeError as e:
    print("TypeError:", e)
print(max(es, key=lambda e: e.salary).name)
