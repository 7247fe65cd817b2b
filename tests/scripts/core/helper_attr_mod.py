"""A module whose attributes core/attr_cache.py changes (module attribute lookups)."""
a = 1
