"""Module docstring of consts."""
# Constants and a function reading them at call time.
SCALE = 10
def scale(x):
    return x * SCALE
