# A bank simulation: accounts, transfers, overdraft rules, exceptions and a ledger.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount
class FrozenAccount(BankError):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} ({self.owner}) is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self.balance}>"
class CreditAccount(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.deposit(amount)
                raise
        except BankError as e:
            self.ledger.append(("FAILED", src, dst, amount, type(e).__name__))
            return False
        self.ledger.append(("OK", src, dst, amount))
        return True
bank = Bank()
ann = bank.open(Account, "ann", 100)
bob = bank.open(CreditAccount, "bob", 20, limit=50)
cy = bank.open(Account, "cy")
print(bank.transfer(ann.id, bob.id, 30), bank.transfer(bob.id, cy.id, 90), bank.transfer(bob.id, cy.id, 10))
cy.frozen = True
print(bank.transfer(ann.id, cy.id, 5), ann)
for entry in bank.ledger:
    print(entry)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
try:
    ann.withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.amount)
try:
    ann.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bank.transfer(ann.id, 99, 1)
except KeyError as e:
    print("KeyError:", e)
print(sum(a.balance for a in bank.accounts.values()), ann.history, bob.history)
