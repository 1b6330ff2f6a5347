# SPDX-License-Identifier: MIT
"""Future statements are compile-time switches; xenlet's compiler already
treats annotations as strings, so these names exist only to be imported."""
all_feature_names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
nested_scopes = generators = division = absolute_import = with_statement = None
print_function = unicode_literals = barry_as_FLUFL = generator_stop = annotations = None
