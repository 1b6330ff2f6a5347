# Registers itself on import, using from-import.
from registry import register
register("plugin_b")
