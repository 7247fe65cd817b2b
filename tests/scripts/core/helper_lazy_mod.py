"""A module with PEP 562 hooks (imported by object_hooks.py)."""
present = 'here'


def __getattr__(name):
    if name == 'lazy':
        return 'computed ' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ['present', 'lazy']
