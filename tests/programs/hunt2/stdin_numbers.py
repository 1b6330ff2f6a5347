# SPDX-License-Identifier: MIT
# Reading whitespace-separated integers from stdin.
import sys
data = sys.stdin.read().split()
nums = list(map(int, data[1:1 + int(data[0])]))
print(sum(nums), max(nums), sorted(nums)[len(nums) // 2])
print(*sorted(nums, reverse=True))
