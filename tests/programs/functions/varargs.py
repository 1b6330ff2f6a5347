# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, a=3))
def forward(*a, **k):
    return collect(*a, extra=True, **k)
print(forward(1, z=0))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def summarize(**opts):
    return ", ".join(f"{k}={v}" for k, v in opts.items())
print(summarize(b=2, a=1, c=3))
def mix(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mix(1, c=3))
print(mix(1, 2, 3, 4, c=5, e=6))
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
