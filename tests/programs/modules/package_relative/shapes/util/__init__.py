# Subpackage marker with one value.
NAME = "util"
