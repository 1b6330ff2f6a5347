# An uncaught KeyError from a dict lookup in a nested call.
config = {"host": "localhost", "port": 8080}
def get(key):
    return config[key]
def connect():
    return f"{get('host')}:{get('port')}/{get('path')}"
print(get("host"))
print(get("port") + 1)
print(sorted(config))
print(connect())
