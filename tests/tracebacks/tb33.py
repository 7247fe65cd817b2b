y = int('abc')
