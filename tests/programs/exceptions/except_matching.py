# except clauses: tuples, hierarchy, order, bare except, re-raise.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"
for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()):
    print(classify(exc))
try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling, then re-raise")
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    raise SystemError("x")
except:
    print("bare except caught")
e = "still bound?"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
