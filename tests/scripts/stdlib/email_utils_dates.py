# email.utils: RFC 2822 dates both ways, addresses (parseaddr, getaddresses, formataddr), quoting,
# make_msgid's shape, and RFC 2231 helpers.
import datetime
import re
import email.utils as u

dates = [
    "Mon, 20 Nov 1995 19:12:08 -0500", "20 Nov 1995 19:12 GMT", "Tue, 1 Jul 03 10:52:37 +0200",
    "garbage", "Thu, 03 Dec 2026 15:38:26 EST", "Nov 20 1995 19:12:08", "Mon, 20 Nov 1995 19:12:08",
    "", "Fri, 09 Nov 2001 01:08:47 -0000", "Sat, 1 Jan 2000 00:00:00 PDT", "Wed, 31 Dec 69 23:59:59 +0000",
    "Sun, 6 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "1 Jan 2020 10:00:00 +0130",
    "Mon, 20 Nov 1995 19:12:08 +0000 (UTC)", "5 May 2005 05:05 z", "Mon, 20 Nov 1995",
]
for s in dates:
    print(repr(s), u.parsedate_tz(s), u.parsedate(s))
    try:
        print("  ", repr(u.parsedate_to_datetime(s)))
    except (ValueError, TypeError) as e:
        print("  ", type(e).__name__, e)

print(u.formatdate(0), u.formatdate(1e9, usegmt=True), u.formatdate(1234567890.5))
print(u.mktime_tz(u.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500")))
print(u.mktime_tz((2000, 1, 1, 0, 0, 0, 0, 1, -1, 3600)))
utc = datetime.timezone.utc
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc)))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5)))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc), usegmt=True))
print(u.format_datetime(datetime.datetime(2021, 7, 9, 23, 0, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))))
try:
    u.format_datetime(datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=2))), usegmt=True)
except ValueError as e:
    print("ValueError", e)
try:
    u.format_datetime(datetime.datetime(2020, 1, 2), usegmt=True)
except ValueError as e:
    print("ValueError", e)
now = u.formatdate()
print(bool(re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d -0000", now)))
print(u.parsedate_to_datetime(u.format_datetime(datetime.datetime(2011, 11, 11, 11, 11, 11, tzinfo=utc))))

addresses = [
    "Joe <j@x.com>", '"Doe, J" <j@x.com>', "j@x.com (Joe Q)", "j@x.com", "", "<j@x.com>", "bad",
    "a@b, c@d", "Joe Public <joe@public.example>", '"quoted \\" name" <q@x>', "  spaced @ x . com ",
    "Name <@route:user@host>", "Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>",
]
for a in addresses:
    print(repr(a), u.parseaddr(a))
print(u.getaddresses(['Joe <j@x.com>, "Doe, J" <k@x.com>', "z@y", "Mary <m@x>, (comment) c@d"]))
print(u.getaddresses([]))
for pair in [("Joe", "j@x"), ("Doe, J", "j@x"), ("", "j@x"), ("Jöe", "j@x"), ('a"b', "j@x"), ("A. Person", "p@x"), ("back\\slash", "b@x")]:
    print(pair, u.formataddr(pair))
print(u.quote('a"b\\c'), u.unquote('"abc"'), u.unquote("<abc>"), u.unquote('"a\\"b"'), u.unquote("x"), u.unquote('"'))
mid = u.make_msgid()
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+@[^>]+>", mid)), u.make_msgid(domain="example.com").endswith("@example.com>"))
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+\.tag@d>", u.make_msgid("tag", "d"))))
print(u.decode_rfc2231("utf-8''caf%C3%A9"), u.decode_rfc2231("plain"), u.decode_rfc2231("us-ascii'en'x"))
print(u.encode_rfc2231("café", "utf-8"), u.encode_rfc2231("a b"), u.encode_rfc2231("x", "utf-8", "en"))
print(u.collapse_rfc2231_value(("utf-8", "", "caf\xc3\xa9")), u.collapse_rfc2231_value('"quoted"'))
