# An exception during import propagates to the importer; the module is not kept.
import sys
try:
    import broken
except ValueError as e:
    print("import failed:", e)
print("broken" in sys.modules)
try:
    from broken import VALUE
except ValueError as e:
    print("second import runs it again:", e)
try:
    import missing_sibling_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
