"""email.mime.nonmultipart: MIMENonMultipart (defined in email.mime._parts)."""

from email.mime._parts import MIMENonMultipart

__all__ = ["MIMENonMultipart"]
