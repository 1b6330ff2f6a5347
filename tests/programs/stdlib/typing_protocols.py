# runtime_checkable protocols: structural isinstance/issubclass.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return 'hello'
class Mute: pass
print(isinstance(En(), Greeter), isinstance(Mute(), Greeter), issubclass(En, Greeter), issubclass(Mute, Greeter))
class Plain(Protocol):
    x: int
try:
    isinstance(En(), Plain)
except TypeError as e:
    print(e)
class Impl(Greeter):
    def greet(self): return "impl"
print(isinstance(Impl(), Greeter), Impl().greet())
@runtime_checkable
class HasX(Protocol):
    x: int
class P:
    def __init__(self): self.x = 1
print(isinstance(P(), HasX), isinstance(Mute(), HasX))
