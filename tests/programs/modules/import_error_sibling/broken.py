# A module that raises while being imported.
print("broken: starting")
VALUE = 1
raise ValueError("broken module failed to initialise")
