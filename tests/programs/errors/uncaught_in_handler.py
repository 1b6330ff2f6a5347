# An exception raised while handling another (implicit chaining), uncaught.
log = []
try:
    log.append("try")
    {}["missing"]
except KeyError:
    log.append("handler")
    print(log)
    None.upper()
