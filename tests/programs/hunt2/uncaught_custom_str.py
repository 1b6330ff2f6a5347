# SPDX-License-Identifier: MIT
# Uncaught custom exception with __str__: last stderr line and exit status.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
raise AppError(404, "not found")
