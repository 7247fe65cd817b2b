print("sub main", __name__)
