import sys
print('helper_pkg.__main__ runs', __name__, __package__, __spec__.name)
