# UnboundLocalError: reading a local before assignment, uncaught.
counter = 0
def bump():
    counter += 1
    return counter
print("counter is", counter)
def ok():
    global counter
    counter += 1
    return counter
print(ok(), ok())
print(bump())
