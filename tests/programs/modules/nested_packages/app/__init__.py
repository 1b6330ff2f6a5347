# Top-level package: lazily exposes a version.
VERSION = (1, 2, 3)
