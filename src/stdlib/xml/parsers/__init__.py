"""Interfaces to XML parsers: `xml.parsers.expat`."""
