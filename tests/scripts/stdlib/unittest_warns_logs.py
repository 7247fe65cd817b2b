# unittest: assertWarns/assertWarnsRegex and assertLogs/assertNoLogs as context managers and
# callables, with their failure messages; warnings filters are restored afterwards.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def deprecated():
    warnings.warn("old api", DeprecationWarning)
    return 5


def check(f):
    try:
        f()
    except AssertionError as e:
        print("AssertionError:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("passed")


with t.assertWarns(DeprecationWarning) as cm:
    value = deprecated()
print(value, type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith("unittest_warns_logs.py"))
with t.assertWarns(UserWarning) as cm:
    warnings.warn("user level")
print(cm.warning)
print(t.assertWarns(DeprecationWarning, deprecated))


def no_warning():
    with t.assertWarns(RuntimeWarning):
        pass


check(no_warning)
check(lambda: t.assertWarns(RuntimeWarning, lambda: None))
check(lambda: t.assertWarns(RuntimeWarning, deprecated))


def regex_ok():
    with t.assertWarnsRegex(DeprecationWarning, "old"):
        deprecated()


def regex_bad():
    with t.assertWarnsRegex(DeprecationWarning, "new"):
        deprecated()


check(regex_ok)
check(regex_bad)
check(lambda: t.assertWarns(ValueError))
# Outside the manager the default filters apply again.
warnings.warn("shown once after", UserWarning)

log = logging.getLogger("app.module")
with t.assertLogs("app", level="INFO") as cm:
    log.info("first %d", 1)
    log.warning("second")
    log.debug("hidden")
print(cm.output, [r.getMessage() for r in cm.records])
with t.assertLogs() as cm:
    logging.getLogger().error("root error")
print(cm.output)
with t.assertLogs(log, logging.WARNING) as cm:
    log.error("by logger object")
print(cm.output)


def no_logs():
    with t.assertLogs("quiet", level="ERROR"):
        logging.getLogger("quiet").warning("too low")


check(no_logs)


def no_logs_ok():
    with t.assertNoLogs("quiet2"):
        pass


def no_logs_bad():
    with t.assertNoLogs("quiet3", level="WARNING"):
        logging.getLogger("quiet3").warning("oops")


check(no_logs_ok)
check(no_logs_bad)
print(log.handlers, log.propagate, logging.getLogger("app").level)
