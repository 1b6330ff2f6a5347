# An uncaught custom exception with a message; the last stderr line names it.
class InventoryError(Exception):
    pass
stock = {"apple": 3, "pear": 0}
def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"not enough {item}: have {have}, need {n}")
    stock[item] = have - n
    return stock[item]
print(take("apple", 2))
print(stock)
take("pear", 1)
