a = {}
print(a  [ "x" ])
