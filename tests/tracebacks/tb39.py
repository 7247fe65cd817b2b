x = not_defined + 1
