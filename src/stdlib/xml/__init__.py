"""The XML packages: `xml.etree` (ElementTree), `xml.dom` (minidom), `xml.sax`, `xml.parsers`
(expat), all over gilpy's `pyexpat`."""

__all__ = ["dom", "parsers", "sax", "etree"]
