from .. import mod_a
INNER = mod_a.A * 2
