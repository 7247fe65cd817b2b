"""email.mime.text: MIMEText (defined in email.mime._parts)."""

from email.mime._parts import MIMEText

__all__ = ["MIMEText"]
