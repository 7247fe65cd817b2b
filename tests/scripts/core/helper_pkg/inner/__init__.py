print("inner", __name__)
