"""email.mime.base: MIMEBase (defined in email.mime._parts)."""

from email.mime._parts import MIMEBase

__all__ = ["MIMEBase"]
