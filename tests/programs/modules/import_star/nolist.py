# A module without __all__: star-import skips underscore names.
def visible():
    return "visible"
def _hidden():
    return "hidden"
number = 7
