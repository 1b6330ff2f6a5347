# pprint: dumping a service configuration assembled from defaults and
# overrides, at several widths, with pp keeping insertion order
import pprint
from collections import ChainMap, OrderedDict

defaults = {
    "server": {"host": "0.0.0.0", "port": 8080, "workers": 4,
               "tls": {"enabled": False, "cert": None, "ciphers": ("ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384")}},
    "logging": {"level": "INFO", "handlers": ["console", "file"],
                "format": "%(asctime)s %(levelname)-8s %(name)s: %(message)s"},
    "features": {"beta_dashboard": False, "rate_limit": 1000, "regions": ["eu-west-1", "us-east-1", "ap-south-1"]},
    "timeouts": [0.5, 1.0, 2.5, 10.0],
}
overrides = {"server": {"port": 9090}, "logging": {"level": "DEBUG"},
             "description": "Edge proxy for the staging cluster; routes API traffic, terminates TLS and enforces per-tenant rate limits."}


def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


config = merge(defaults, overrides)
pprint.pprint(config)
print("--- width 50, indent 2")
pprint.pprint(config, width=50, indent=2)
print("--- depth 2")
pprint.pprint(config, depth=2)
print("--- compact")
pprint.pprint({"ports": list(range(8000, 8040)), "ids": [10**9 + i for i in range(12)]}, compact=True, width=60)
print("--- pp keeps order")
pprint.pp(overrides, width=60)
print("--- layered")
layers = ChainMap({"port": 9090}, {"port": 8080, "host": "0.0.0.0"}, {"debug": False})
pprint.pprint(layers, width=30)
pprint.pprint(OrderedDict(sorted(config["server"].items())), width=60)
print(pprint.pformat(config["logging"], width=40))
print(pprint.saferepr(config["timeouts"]), pprint.isreadable(config), pprint.isrecursive(config))
print(pprint.pformat(123456789012, underscore_numbers=True))
