# Single inheritance: overriding, extending, isinstance/issubclass with tuples.
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def speak(self):
        return f"{self.name}: {self.sound()}"
class Cat(Animal):
    def sound(self):
        return "meow"
class Lion(Cat):
    def sound(self):
        return super().sound().upper() + "!"
class Fish(Animal):
    pass
for a in (Animal("thing"), Cat("tom"), Lion("leo"), Fish("nemo")):
    print(a.speak())
l = Lion("x")
print(isinstance(l, Cat), isinstance(l, (int, Animal)), isinstance(l, Fish))
print(issubclass(Lion, Animal), issubclass(Lion, (Fish, Cat)), issubclass(Cat, Lion))
print(issubclass(bool, int), issubclass(int, object), isinstance(None, object))
print(Lion.__base__.__name__, [c.__name__ for c in Animal.__subclasses__()])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
