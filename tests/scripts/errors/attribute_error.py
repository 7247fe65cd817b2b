# Missing attribute on an instance.
class X:
    pass


X().y
