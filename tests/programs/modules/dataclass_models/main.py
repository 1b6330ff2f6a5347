# Program split across modules: models and store imported by main.
from store import Store
from models import Task
s = Store()
s.add(3, "write docs", "docs")
s.add(1, "fix bug", "code", "urgent")
s.add(2, "review", "code")
print(sorted(s.tasks)[0])
print(s.by_tag("code"), s.by_tag("docs"), s.by_tag("none"))
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
