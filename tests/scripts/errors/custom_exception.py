# A user exception class, uncaught.
class ConfigError(Exception):
    pass


raise ConfigError("missing section [db]")
