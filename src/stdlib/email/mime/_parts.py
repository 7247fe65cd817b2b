"""The MIME message classes, which email.mime.base, .nonmultipart, .multipart, .text and
.application each export one of. Each starts a message with its Content-Type (parameters
included) and MIME-Version: 1.0, under the compat32 policy unless given another."""

import email.policy
from email import encoders, errors
from email.message import Message

__all__ = ["MIMEBase", "MIMENonMultipart", "MIMEMultipart", "MIMEText", "MIMEApplication"]


class MIMEBase(Message):
    """A message of type `_maintype/_subtype`, its Content-Type parameters as keywords."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        super().__init__(policy=email.policy.compat32 if policy is None else policy)
        self.add_header("Content-Type", "%s/%s" % (_maintype, _subtype), **_params)
        self["MIME-Version"] = "1.0"


class MIMENonMultipart(MIMEBase):
    """A part whose payload is one body: attaching parts to it is an error."""

    def attach(self, payload):
        raise errors.MultipartConversionError("Cannot attach additional subparts to non-multipart/*")


class MIMEMultipart(MIMEBase):
    """A multipart message (mixed unless said otherwise) whose parts are given now or attached later."""

    def __init__(self, _subtype="mixed", boundary=None, _subparts=None, *, policy=None, **_params):
        super().__init__("multipart", _subtype, policy=policy, **_params)
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)


class MIMEText(MIMENonMultipart):
    """A text part; the charset is us-ascii when the text allows it and utf-8 otherwise."""

    def __init__(self, _text, _subtype="plain", _charset=None, *, policy=None):
        if _charset is None:
            _charset = "us-ascii" if _text.isascii() else "utf-8"
        super().__init__("text", _subtype, policy=policy, charset=str(_charset))
        self.set_payload(_text, _charset)


class MIMEApplication(MIMENonMultipart):
    """Binary data as an application/* part (octet-stream unless said otherwise), encoded by
    `_encoder` (base64 by default)."""

    def __init__(self, _data, _subtype="octet-stream", _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            raise TypeError("Invalid application MIME subtype")
        super().__init__("application", _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)
