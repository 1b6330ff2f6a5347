# finally with return/break/continue interactions.
def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f1())
def f2():
    while True:
        try:
            raise ValueError("swallowed by break")
        finally:
            break
    return "after break"
print(f2())
def f3():
    out = []
    for i in range(3):
        try:
            out.append(f"try{i}")
            if i == 1:
                break
        finally:
            out.append(f"fin{i}")
    return out
print(f3())
def f4():
    try:
        return "try value"
    finally:
        print("finally executes before return completes")
print(f4())
def f5(n):
    try:
        if n:
            raise KeyError(n)
        return "no error"
    except KeyError:
        return "from except"
    finally:
        print("f5 finally", n)
print(f5(0), f5(1))
