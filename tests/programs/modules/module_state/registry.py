# Shared module-level state: every importer sees the same objects.
items = []
def register(name):
    items.append(name)
    return len(items)
