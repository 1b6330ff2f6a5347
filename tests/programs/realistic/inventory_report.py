# An inventory system: dataclasses, enums, grouping, sorting and a formatted report.
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"
@dataclass
class Product:
    sku: str
    name: str
    category: Category
    price_cents: int
    stock: int = 0
    tags: list = field(default_factory=list)
    @property
    def value(self):
        return self.price_cents * self.stock
catalog = [
    Product("T-100", "Hammer", Category.TOOLS, 1599, 12, ["steel"]),
    Product("T-101", "Wrench", Category.TOOLS, 899, 0),
    Product("F-200", "Apples (kg)", Category.FOOD, 349, 80, ["fresh"]),
    Product("F-201", "Crème brûlée", Category.FOOD, 650, 7, ["dessert", "fresh"]),
    Product("Y-300", "Yo-yo", Category.TOYS, 250, 33),
]
groups = defaultdict(list)
for p in catalog:
    groups[p.category].append(p)
def money(c):
    return f"${c // 100:,}.{c % 100:02d}"
for cat in Category:
    items = sorted(groups[cat], key=lambda p: -p.value)
    print(f"== {cat.value.upper()} ({len(items)} items) ==")
    for p in items:
        flag = " OUT OF STOCK" if not p.stock else ""
        print(f"  {p.sku:<6} {p.name:<14} {money(p.price_cents):>8} x{p.stock:<3} = {money(p.value):>10}{flag}")
    print(f"  subtotal {money(sum(p.value for p in items)):>39}")
print("total", money(sum(p.value for p in catalog)))
fresh = [p.name for p in catalog if "fresh" in p.tags]
print("fresh:", fresh, "| restock:", [p.sku for p in catalog if p.stock < 10])
