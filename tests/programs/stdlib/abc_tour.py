# abc: ABCMeta, abstract properties, register virtual subclasses, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
class Store(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @abstractmethod
    def get(self, key): ...
    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default
class DictStore(Store):
    def __init__(self):
        self.d = {"a": 1}
    @property
    def name(self):
        return "dict"
    def get(self, key):
        return self.d[key]
s = DictStore()
print(s.name, s.get("a"), s.get_or("z", 0), isinstance(s, Store))
class Duck:
    def get(self, key):
        return "quack"
Store.register(Duck)
print(isinstance(Duck(), Store), issubclass(Duck, Store))
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized), isinstance(5, Sized), issubclass(str, Sized))
try:
    Store()
except TypeError as e:
    print("TypeError:", e)
