# sys.argv: the program name and arguments given by the runner.
import sys
print(sys.argv[0].endswith("argv_args.py"))
args = sys.argv[1:]
print(len(args), args)
nums = [int(a) for a in args if a.lstrip("-").isdigit()]
print("numbers:", nums, "sum:", sum(nums))
flags = [a for a in args if a.startswith("--")]
print("flags:", flags)
