# An uncaught exception raised from another: the final one is reported last.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad config value {s!r}") from e
print(parse("12"))
values = ["1", "2", "x"]
print([parse(v) for v in values])
