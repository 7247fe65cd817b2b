print("mainmod", __name__, __file__.endswith("mod1.py"))
