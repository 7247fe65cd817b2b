"""The ElementTree XML API (`xml.etree.ElementTree`)."""
