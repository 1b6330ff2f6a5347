# csv: pseudo-random awkward rows written and read back under many
# dialects; the written text and the parsed rows must match exactly
import csv
import io

PIECES = ["", "a", "b c", " ", ",", ";", "\t", '"', "'", "\n", "\r\n", "\\",
          "7", "2.5", "é"]
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n


def text():
    return "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(4)))


ok = bad = 0
for i in range(120):
    kw = {"delimiter": ",;\t"[rnd(3)], "quoting": rnd(4),
          "lineterminator": ["\r\n", "\n"][rnd(2)],
          "doublequote": rnd(2) == 0, "skipinitialspace": rnd(3) == 0}
    if rnd(2):
        kw["escapechar"] = "\\"
    rows = [[text() for _ in range(rnd(4))] for _ in range(1 + rnd(3))]
    out = io.StringIO()
    w = csv.writer(out, **kw)
    errors = []
    for row in rows:
        try:
            w.writerow(row)
        except csv.Error as e:
            errors.append(str(e))
    written = out.getvalue()
    try:
        back = list(csv.reader(io.StringIO(written, newline=""), **kw))
    except (csv.Error, ValueError) as e:
        back = [type(e).__name__, str(e)]
    good = [r for r in rows] == back
    ok += good
    bad += not good
    if i % 10 == 0 or errors:
        print(i, sorted(kw.items()), repr(written), back, errors)
print("round trips exact:", ok, "changed:", bad)
