E = 'extra'
