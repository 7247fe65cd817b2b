from circ_b import y
x = 1
