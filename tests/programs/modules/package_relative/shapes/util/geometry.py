# Geometry helpers; `..` reaches the parent package's modules.
PI = 3.14159
def scaled(v):
    return round(v, 2)
def parent_name():
    from .. import square
    return square.__name__
