raise ValueError('a') from KeyError('b')
