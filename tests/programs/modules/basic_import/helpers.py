# A helper module imported by main.py: functions, a constant, module state.
GREETING = "hello"
calls = 0
def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}"
def _private():
    return "private"
print("helpers imported, __name__ =", __name__)
