# SPDX-License-Identifier: MIT
# Raising a class with a custom metaclass that is not an exception.
class M(type): pass
class Meta(metaclass=M): pass
raise Meta
