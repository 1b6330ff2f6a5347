# f-strings: expressions, format specs, conversions, '=' debugging, nesting.
name, n, pi = "World", 42, 3.14159265
print(f"Hello, {name}! {n + 1} {n * 2:05d} {pi:.3f} {pi:10.2f}|")
print(f"{name!r} {name!s} {'é'!a} {[1, 'a']!r}")
print(f"{n=} {pi=:.2f} {name=!r} {n * 2 = }")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}}] [{name:>{width}}] [{name:^{width}}]")
print(f"{n:b} {n:o} {n:x} {n:#X} {n:,} {1234567.891:,.2f} {0.5:%}")
print(f"{'nested ' + f'{n}'}", f"{{braces}}", f"{'a' if n > 1 else 'b'}")
d = {"key": "value"}
print(f"{d['key']} {len(d)} {[x * 2 for x in range(3)]}")
print(f"{3.0:g} {1e-10:g} {123456789.0:g} {-0.0} {float('inf'):f}")
print(f"{'left':<8}|{'right':>8}|{'mid':-^9}|")
print(f"{-5:+} {5:+} {5: } {-5: }")
items = ["a", "b"]
print(f"items: {', '.join(items)}; count: {len(items)}")
print(f"""multi
{name.lower()}""")
print(f"{n!r:>6}|{name!r:10}|")
