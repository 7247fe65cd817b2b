print(len(5),
      'x')
