# A missing colon.
if True
    print(1)
