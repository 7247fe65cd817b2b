LEAF = "leaf"
print("leaf", __name__)
