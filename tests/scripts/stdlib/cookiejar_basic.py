# http.cookiejar: date and header helpers, Cookie objects, extract/add with a fake response.
import http.cookiejar as cj
import urllib.request
from email.message import Message

print(cj.http2time("Wed, 09 Feb 1994 22:23:32 GMT"))
print(cj.http2time("Thu, 03 Feb 1994 00:00:00 GMT"))
for text in ["Wednesday, 09-Feb-94 22:23:32 GMT", "09 Feb 1994 22:23:32 GMT", "08-Feb-1994 14:15:29 -0100",
             "08-Feb-1994 14:15:29 +0130", "08-Feb-1994", "3 Feb 2009 22:00 EST", "1 2 2001 10:00:00",
             "Thu, 01 Jan 1970 00:00:00 GMT", "garbage", "32 Jan 2000", "Feb 3 2001", "01 Jan 1969"]:
    print(repr(text), cj.http2time(text))
for text in ["1994-02-03 14:15:29 -0100", "1994-02-03 14:15:29", "1994-02-03", "19940203T141529Z",
             "1994-02-03T14:15:29Z", "nope"]:
    print(repr(text), cj.iso2time(text))
print(cj.time2isoz(0), cj.time2isoz(1234567890))
print(cj.time2netscape(0), cj.time2netscape(1234567890))
print(cj.split_header_words(['foo="bar"; port="80,81"; discard, bar=baz']))
print(cj.split_header_words(['text/html; charset="iso-8859-1"']))
print(cj.split_header_words(['Basic realm="\\"foo\\bar\\""']))
print(cj.split_header_words([' ;; = a=1 ; b , , c=" x y "']))
print(cj.join_header_words([[("text/plain", None), ("charset", "iso-8859-1")]]))
print(cj.join_header_words([[("foo", "bar baz"), ("q", 'a"b\\c')], [("x", None)]]))
print(cj.parse_ns_headers(['foo=bar; path=/; domain=.example.com; expires=Wed, 09 Feb 1994 22:23:32 GMT',
                           'a=b; Version="1"; Max-Age=10; secure', 'x', '=y; z', '  ;']))
print(cj.domain_match("www.example.com", ".example.com"), cj.domain_match("example.com", ".example.com"),
      cj.domain_match("a.b.c", "a.b.c"), cj.domain_match("1.2.3.4", ".3.4"))
print(cj.user_domain_match("www.acme.com", ".acme.com"), cj.user_domain_match("acme.com", ".acme.com"))
print(cj.reach("www.acme.com"), cj.reach("acme.com"), cj.reach("acme.local"), cj.reach("1.2.3.4"))
print(cj.escape_path("/foo bar/%7e/\u00e9"), cj.is_HDN("foo.com"), cj.is_HDN("1.2.3.4"))

c = cj.Cookie(0, "n", "v", None, False, "Example.COM", False, False, "/", False, False, 2000000000, False,
              None, None, {"HttpOnly": None})
print(c)
print(repr(c))
print(c.has_nonstandard_attr("HttpOnly"), c.get_nonstandard_attr("x", 5), c.is_expired(), c.is_expired(3e9))
try:
    cj.Cookie(0, "n", "v", None, True, "x", False, False, "/", False, False, None, False, None, None, {})
except ValueError as e:
    print("ValueError:", e)


class FakeResponse:
    def __init__(self, headers):
        self._msg = Message()
        for name, value in headers:
            self._msg[name] = value

    def info(self):
        return self._msg


jar = cj.CookieJar()
req = urllib.request.Request("http://www.acme.com/foo/bar.html")
resp = FakeResponse([("Set-Cookie", "session=abc123"),
                     ("Set-Cookie", "pref=dark; Path=/; Domain=.acme.com; Expires=Fri, 01 Jan 2100 00:00:00 GMT"),
                     ("Set-Cookie", "other=1; Domain=.evil.com"),
                     ("Set-Cookie", "old=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
                     ("Set-Cookie", "v1=\"quoted value\"; Version=1; Path=/foo"),
                     ("Set-Cookie", "ma=1; Max-Age=abc")])
jar.extract_cookies(resp, req)
print(len(jar))
for cookie in jar:
    print(cookie.name, cookie.value, cookie.domain, cookie.path, cookie.version, cookie.discard,
          cookie.domain_specified, cookie.domain_initial_dot, cookie.rfc2109)
print(jar)
req2 = urllib.request.Request("http://www.acme.com/foo/baz")
jar.add_cookie_header(req2)
print(req2.get_header("Cookie"))
req3 = urllib.request.Request("http://shop.acme.com/")
jar.add_cookie_header(req3)
print(req3.get_header("Cookie"))
req4 = urllib.request.Request("http://elsewhere.org/")
jar.add_cookie_header(req4)
print(req4.get_header("Cookie"), req4.has_header("Cookie"))
jar.clear_session_cookies()
print([c.name for c in jar])
try:
    jar.clear(name="x")
except ValueError as e:
    print("ValueError:", e)
try:
    jar.clear(path="/")
except ValueError as e:
    print("ValueError:", e)
try:
    jar.clear("nope.com")
except KeyError as e:
    print("KeyError:", e)
jar.clear(".acme.com")
print(len(jar), repr(jar))

# Policies: blocked and allowed domains, RFC 2965 on.
policy = cj.DefaultCookiePolicy(blocked_domains=[".acme.com"])
jar = cj.CookieJar(policy)
jar.extract_cookies(FakeResponse([("Set-Cookie", "a=1")]), urllib.request.Request("http://www.acme.com/"))
print(len(jar), policy.blocked_domains(), policy.is_blocked("www.acme.com"), policy.is_blocked("acme.com"))
policy = cj.DefaultCookiePolicy(allowed_domains=["www.acme.com"])
jar = cj.CookieJar(policy)
jar.extract_cookies(FakeResponse([("Set-Cookie", "a=1")]), urllib.request.Request("http://www.acme.com/"))
jar.extract_cookies(FakeResponse([("Set-Cookie", "b=1")]), urllib.request.Request("http://other.acme.com/"))
print([c.name for c in jar], policy.allowed_domains(), policy.is_not_allowed("x.com"))
policy = cj.DefaultCookiePolicy(rfc2965=True)
jar = cj.CookieJar(policy)
req = urllib.request.Request("http://www.acme.com:8080/a/b")
jar.extract_cookies(FakeResponse([("Set-Cookie2", 'foo="bar baz"; Version="1"; Port="8080,80"; Path="/a"'),
                                  ("Set-Cookie2", 'nov=1'),
                                  ("Set-Cookie", "foo=ns; Path=/a"),
                                  ("Set-Cookie", "plain=1")]), req)
for cookie in jar:
    print(repr(cookie))
req = urllib.request.Request("http://www.acme.com:8080/a/c")
jar.add_cookie_header(req)
print(req.get_header("Cookie"), req.get_header("Cookie2"))
print(cj.request_port(urllib.request.Request("http://h:81/")), cj.request_port(urllib.request.Request("http://h/")),
      cj.request_path(urllib.request.Request("http://h")), cj.request_host(urllib.request.Request("http://H.com:9/x")))
print(cj.eff_request_host(urllib.request.Request("http://localhost/")))
print(cj.DefaultCookiePolicy.DomainStrict, cj.LoadError.__mro__[1].__name__)
# Third-party unverifiable requests.
policy = cj.DefaultCookiePolicy(strict_ns_unverifiable=True)
jar = cj.CookieJar(policy)
req = urllib.request.Request("http://ads.tracker.com/p", origin_req_host="www.acme.com", unverifiable=True)
jar.extract_cookies(FakeResponse([("Set-Cookie", "t=1")]), req)
print(len(jar), cj.is_third_party(req))
print(cj.CookieJar.magic_re.pattern, cj.MISSING_FILENAME_TEXT)
