# Model class and factory.
class User:
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin
    def __repr__(self):
        return f"User({self.name!r}, admin={self.admin})"
def make_user(name):
    return User(name, admin=name == "root")
