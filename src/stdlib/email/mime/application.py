"""email.mime.application: MIMEApplication (defined in email.mime._parts)."""

from email.mime._parts import MIMEApplication

__all__ = ["MIMEApplication"]
