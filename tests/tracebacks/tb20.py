[1 / 0 for i in range(2)]
