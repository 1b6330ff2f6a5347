# Exceptions raised inside methods, properties, __init__ and operators.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative opening balance")
        self.balance = balance
    @property
    def status(self):
        if self.balance == 0:
            raise RuntimeError("empty account")
        return "ok"
    def __add__(self, other):
        if not isinstance(other, Account):
            raise TypeError(f"cannot add {type(other).__name__} to Account")
        return Account(self.balance + other.balance)
    def __getitem__(self, i):
        raise IndexError("accounts are not sequences")
tests = [
    lambda: Account(-1),
    lambda: Account(0).status,
    lambda: Account(5).status,
    lambda: Account(1) + 5,
    lambda: (Account(1) + Account(2)).balance,
    lambda: Account(1)[0],
    lambda: list(Account(1)),
]
for t in tests:
    try:
        print("ok:", t())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
