# Registers itself on import.
import registry
registry.register("plugin_a")
