"""email.mime.multipart: MIMEMultipart (defined in email.mime._parts)."""

from email.mime._parts import MIMEMultipart

__all__ = ["MIMEMultipart"]
