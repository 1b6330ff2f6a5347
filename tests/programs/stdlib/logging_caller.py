# logging's caller fields (module, filename, funcName, lineno, stacklevel).
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(name)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("app.db")
def connect():
    log.info("connecting %s", "db1")
    log.error("failed after %d tries", 3)
connect()
logging.warning("top level")
class Svc:
    def run(self):
        log.debug("run")
Svc().run()
log.log(25, "custom level via %s", "log")
adapter = logging.LoggerAdapter(log, {"x": 1})
adapter.info("through adapter")
log.warning("stacked", stacklevel=2)
