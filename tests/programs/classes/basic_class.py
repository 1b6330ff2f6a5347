# Class definition, instances, attributes, methods, class vs instance state.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.speak(), d2.birthday().age, Dog.count)
print(d1.species, Dog.species, d1.__class__.__name__)
d1.species = "override"
print(d1.species, d2.species, Dog.species)
print(isinstance(d1, Dog), type(d2) is Dog)
print(sorted(vars(d2).items()))
m = d1.speak
print(m(), m.__self__.name, m.__func__ is Dog.speak)
print(Dog.speak(d2))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
