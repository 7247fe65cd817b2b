counter = globals().get('counter', 0) + 1
