# Formatting a numeric table with alignment and thousand separators.
rows = [("Widget", 1234, 2.5), ("Gadget", 56, 1234.125), ("Doohickey", 7890123, 0.0049)]
print(f"{'Name':<10}{'Qty':>10}{'Price':>12}{'Total':>16}")
print("-" * 48)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>10,}{price:>12.2f}{total:>16,.2f}")
print("=" * 48)
print(f"{'TOTAL':<32}{grand:>16,.2f}")
for v in [0, 1, -1, 999, 1000, -1234567, 10 ** 12]:
    print(f"{v:>+15,d}|{v:<15_}|{v:^15x}|")
for v in [0.1, 1.05, 2.675, -1.005, 1e6, 123.456e-9]:
    print(f"{v:10.2f}|{v:10.3e}|{v:10.4g}|{v:.1%}")
