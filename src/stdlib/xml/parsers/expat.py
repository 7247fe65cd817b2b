"""The expat parser interface under its documented name: everything of `pyexpat`."""

import sys
from pyexpat import *  # noqa: F401,F403
from pyexpat import errors, model, ExpatError, error, ParserCreate, ErrorString, XMLParserType  # noqa: F401

sys.modules["xml.parsers.expat.errors"] = errors
sys.modules["xml.parsers.expat.model"] = model
