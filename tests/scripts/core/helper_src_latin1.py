# -*- coding: latin-1 -*-
"""A module in latin-1: café."""
WORD = "café"
