# csv: a sales report aggregator reading an in-memory CSV with DictReader
# and writing summaries with writer/DictWriter
import csv
import io

DATA = """region,product,units,unit_price,note\r
North,Widget,12,2.50,\r
North,Gadget,3,10.00,"fragile, handle with care"\r
South,Widget,7,2.50,"said ""rush"" twice"\r
South,Doohickey,1,99.99,\r
\r
East,Widget,20,2.25,"multi
line note"\r
East,Gadget,5,9.50,\r
West,Widget,0,2.50,discontinued\r
"""

reader = csv.DictReader(io.StringIO(DATA, newline=""))
print("fields:", reader.fieldnames)
totals = {}
units = {}
notes = []
for row in reader:
    amount = int(row["units"]) * float(row["unit_price"])
    totals[row["region"]] = totals.get(row["region"], 0.0) + amount
    units[row["product"]] = units.get(row["product"], 0) + int(row["units"])
    if row["note"]:
        notes.append((reader.line_num, row["region"], row["note"]))
print("last line:", reader.line_num)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "total", "share"])
grand = sum(totals.values())
for region in sorted(totals):
    w.writerow([region, round(totals[region], 2), totals[region] / grand])
w.writerow(["ALL", round(grand, 2), 1.0])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, ["product", "units", "rank"], restval="n/a",
                    dialect="unix")
dw.writeheader()
for rank, (product, n) in enumerate(sorted(units.items(), key=lambda kv: -kv[1]), 1):
    dw.writerow({"product": product, "units": n} if n < 10 else
                {"product": product, "units": n, "rank": rank})
print(out.getvalue(), end="")
for line_num, region, note in notes:
    print(line_num, region, repr(note))

# Round trip the notes through tab-separated text.
out = io.StringIO()
csv.writer(out, dialect="excel-tab", quoting=csv.QUOTE_NONNUMERIC).writerows(notes)
print(repr(out.getvalue()))
back = list(csv.reader(io.StringIO(out.getvalue(), newline=""), "excel-tab",
                       quoting=csv.QUOTE_NONNUMERIC))
print(back)
print(back == [[float(a), b, c] for a, b, c in notes])
