# Dataclass models shared by the program.
from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)
