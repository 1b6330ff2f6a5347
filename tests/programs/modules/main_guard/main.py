# __name__ is "__main__" only for the program itself.
import tool
print(tool.run())
if __name__ == "__main__":
    print("main guard ran")
print(tool.__name__, __name__)
