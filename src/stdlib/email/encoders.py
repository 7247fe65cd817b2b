"""Functions that encode a message's payload in place and set its Content-Transfer-Encoding."""

from base64 import encodebytes as _encodebytes

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]


def encode_base64(msg):
    """Payload (bytes) as base64 lines; header 'base64'."""
    data = msg.get_payload(decode=True)
    msg.set_payload(str(_encodebytes(data), "ascii"))
    msg["Content-Transfer-Encoding"] = "base64"


def encode_quopri(msg):
    """Payload as quoted-printable; header 'quoted-printable'."""
    from email import quoprimime
    data = msg.get_payload(decode=True)
    msg.set_payload(quoprimime.body_encode(data.decode("latin-1")))
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """Header '7bit' when the payload is ASCII, '8bit' otherwise; payload unchanged."""
    data = msg.get_payload(decode=True)
    if data is None:
        msg["Content-Transfer-Encoding"] = "7bit"
        return
    try:
        data.decode("ascii")
    except UnicodeError:
        msg["Content-Transfer-Encoding"] = "8bit"
    else:
        msg["Content-Transfer-Encoding"] = "7bit"


def encode_noop(msg):
    """Leaves the message alone."""
