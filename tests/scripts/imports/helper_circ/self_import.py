import self_import
print('self import sees', self_import.__name__, hasattr(self_import, 'LATER'))
LATER = 1
