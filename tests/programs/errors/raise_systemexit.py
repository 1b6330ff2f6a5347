# raise SystemExit(2) directly; except Exception does not catch it.
def run():
    try:
        raise SystemExit(2)
    except Exception:
        print("not caught by except Exception")
print("start")
try:
    run()
finally:
    print("finally before exit")
