# Prints so the order of package and submodule execution is visible.
print("pkg/__init__ runs")
loaded = []
