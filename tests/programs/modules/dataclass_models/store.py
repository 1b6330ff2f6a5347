# A tiny in-memory store of tasks.
from models import Task
class Store:
    def __init__(self):
        self.tasks = []
    def add(self, prio, title, *tags):
        t = Task(prio, title, list(tags))
        self.tasks.append(t)
        return t
    def by_tag(self, tag):
        return [t.title for t in sorted(self.tasks) if tag in t.tags]
