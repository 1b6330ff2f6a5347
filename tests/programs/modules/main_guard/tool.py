# A module with an `if __name__ == "__main__"` block that must not run on import.
def run():
    return "tool.run"
if __name__ == "__main__":
    print("tool run as script")
else:
    print("tool imported as", __name__)
