# A missing dict key.
config = {"host": "x"}
config["port"]
