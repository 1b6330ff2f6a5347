# An uncaught AttributeError: 'X' object has no attribute 'y'.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
acct = Account("ann")
print(acct.deposit(10), acct.owner)
print(acct.withdraw(5))
