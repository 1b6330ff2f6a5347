# SPDX-License-Identifier: MIT
# xenlet's urllib package: only urllib.parse (URL splitting, joining and
# percent-encoding); there is no network access (urllib.request).
