obj = object()
obj.x.y.z
