def classify(s):
    match s:
        case 0 | 1:
            return "bit"
        case [x, *rest] if x:
            return rest
        case [1, *_, 2]:
            return "1..2"
        case {"k": v, **kw}:
            return v, kw
        case Point(0, y=y) as p:
            return p
        case None:
            return None
        case _:
            return "other"
