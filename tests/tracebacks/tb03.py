import math
val = math.sqrt(-1)
