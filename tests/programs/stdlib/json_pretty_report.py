# json: building a report structure, dumping with indent, reading back and aggregating.
import json
orders = [
    {"id": 1, "customer": "ann", "items": [{"sku": "A1", "qty": 2, "price": 9.99}]},
    {"id": 2, "customer": "bo", "items": [{"sku": "B2", "qty": 1, "price": 24.5}, {"sku": "A1", "qty": 1, "price": 9.99}]},
    {"id": 3, "customer": "ann", "items": []},
]
text = json.dumps({"orders": orders}, indent=4)
print(text[:120])
back = json.loads(text)["orders"]
totals = {}
for o in back:
    totals[o["customer"]] = round(totals.get(o["customer"], 0) + sum(i["qty"] * i["price"] for i in o["items"]), 2)
print(json.dumps(totals, sort_keys=True))
skus = {}
for o in back:
    for i in o["items"]:
        skus[i["sku"]] = skus.get(i["sku"], 0) + i["qty"]
print(json.dumps(skus), json.dumps(sorted(skus.items())))
print(len(text.splitlines()), json.dumps(back) == json.dumps(orders))
