# Import side effects run once; module attributes are shared and mutable.
import registry
import plugin_a
import plugin_b
import plugin_a
print(registry.items)
from registry import items
items.append("main")
print(registry.items, items is registry.items)
registry.items = ["replaced"]
print(registry.items, items)
