import math
x = math.floor('a') * 2
