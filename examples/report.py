# SPDX-License-Identifier: MIT
"""A heavier xenlet example: a sales report from JSON records.

Parses an embedded JSON document (stdlib json), turns it into dataclass
records, streams them through generators, aggregates with dicts and
collections.Counter, and prints a formatted report with f-strings.  The
same program runs under CPython, the xenlet VM on Linux, and as a Xen guest:

    python3 examples/report.py
    xenlet run examples/report.py
    freeze-and-boot examples/report.py --run qemu

An optional argument names a region to report on alone (`report.py north`).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

DATA = """
{"currency": "EUR", "orders": [
  {"id": 1001, "region": "north", "customer": "Ada",   "items": [["widget", 3, 2.50], ["gadget", 1, 19.99]]},
  {"id": 1002, "region": "south", "customer": "Brian", "items": [["widget", 10, 2.40]]},
  {"id": 1003, "region": "north", "customer": "Chen",  "items": [["gizmo", 2, 7.25], ["widget", 1, 2.50]]},
  {"id": 1004, "region": "east",  "customer": "Dara",  "items": [["gadget", 2, 18.50], ["gizmo", 4, 7.00]]},
  {"id": 1005, "region": "south", "customer": "Ada",   "items": [["doohickey", 5, 1.10]]},
  {"id": 1006, "region": "east",  "customer": "Emil",  "items": []},
  {"id": 1007, "region": "north", "customer": "Brian", "items": [["gadget", 1, 21.00], ["gizmo", 1, 7.25]]}
]}
"""


@dataclass(frozen=True)
class Line:
    product: str
    quantity: int
    price: float

    @property
    def total(self) -> float:
        return self.quantity * self.price


@dataclass
class Order:
    id: int
    region: str
    customer: str
    lines: list[Line]

    @classmethod
    def from_json(cls, d: dict) -> Order:
        return cls(d["id"], d["region"], d["customer"], [Line(*item) for item in d["items"]])

    @property
    def total(self) -> float:
        return sum(line.total for line in self.lines)


def orders(doc: dict, region: str | None = None) -> Iterator[Order]:
    """Orders of the document, optionally of one region; empty ones skipped."""
    for d in doc["orders"]:
        order = Order.from_json(d)
        if not order.lines:
            continue
        if region is None or order.region == region:
            yield order


def by_region(items: Iterable[Order]) -> dict[str, list[Order]]:
    groups: dict[str, list[Order]] = defaultdict(list)
    for order in items:
        groups[order.region].append(order)
    return dict(sorted(groups.items()))


def main(argv: list[str]) -> int:
    doc = json.loads(DATA)
    region = argv[1] if len(argv) > 1 else None
    selected = list(orders(doc, region))
    if not selected:
        print(f"no orders for region {region!r}", file=sys.stderr)
        return 1
    cur = doc["currency"]
    print(f"{'region':<8}{'orders':>7}{'revenue':>12}")
    print("-" * 27)
    grand = 0.0
    for name, group in by_region(selected).items():
        revenue = sum(o.total for o in group)
        grand += revenue
        print(f"{name:<8}{len(group):>7}{revenue:>12.2f}")
    print("-" * 27)
    print(f"{'total':<8}{len(selected):>7}{grand:>12.2f} {cur}")

    units: Counter[str] = Counter()
    for order in selected:
        for line in order.lines:
            units[line.product] += line.quantity
    top = ", ".join(f"{p} x{n}" for p, n in units.most_common(3))
    print(f"top products: {top}")

    spend: dict[str, float] = {}
    for order in selected:
        spend[order.customer] = spend.get(order.customer, 0.0) + order.total
    best = max(spend.items(), key=lambda kv: (kv[1], kv[0]))
    print(f"best customer: {best[0]} ({best[1]:.2f} {cur})")
    summary = {"orders": len(selected), "revenue": round(grand, 2),
               "regions": sorted({o.region for o in selected})}
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
