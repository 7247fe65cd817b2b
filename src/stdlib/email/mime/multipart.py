"""MIMEMultipart: a multipart/* message to attach parts to."""

from email.mime.base import MIMEBase

__all__ = ["MIMEMultipart"]


class MIMEMultipart(MIMEBase):
    """A multipart message (mixed by default), its parts given now or attached later."""

    def __init__(self, _subtype="mixed", boundary=None, _subparts=None, *, policy=None, **_params):
        MIMEBase.__init__(self, "multipart", _subtype, policy=policy, **_params)
        self._payload = []
        if _subparts:
            for part in _subparts:
                self.attach(part)
        if boundary:
            self.set_boundary(boundary)
