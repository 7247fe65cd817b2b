# http.cookiejar: DefaultCookiePolicy's switches (strict domains, secure, ports, RFC 2109/2965),
# deleting by expiry and Max-Age, IP and dotless hosts.
import http.cookiejar as cj
import urllib.request
from email.message import Message


class Resp:
    def __init__(self, *headers):
        self.msg = Message()
        for name, value in headers:
            self.msg[name] = value

    def info(self):
        return self.msg


def names(jar):
    return sorted((c.domain, c.path, c.name, c.value, c.version) for c in jar)


def run(policy, url, *headers):
    jar = cj.CookieJar(policy)
    jar.extract_cookies(Resp(*headers), urllib.request.Request(url))
    return jar


P = cj.DefaultCookiePolicy
print(names(run(P(), "http://www.example.co.uk/", ("Set-Cookie", "a=1; Domain=.co.uk"))))
print(names(run(P(strict_domain=True), "http://www.example.co.uk/", ("Set-Cookie", "a=1; Domain=.co.uk"))))
print(names(run(P(), "http://www.example.co.uk/", ("Set-Cookie", "a=1; Domain=.example.co.uk"))))
print(names(run(P(), "http://a.b.example.com/", ("Set-Cookie", "a=1; Domain=example.com"))))
print(names(run(P(strict_ns_domain=P.DomainStrictNoDots), "http://a.b.example.com/", ("Set-Cookie", "a=1; Domain=.example.com"))))
print(names(run(P(strict_ns_domain=P.DomainRFC2965Match), "http://a.b.example.com/", ("Set-Cookie", "a=1; Domain=.example.com"))))
print(names(run(P(), "http://www.example.com/", ("Set-Cookie", "a=1; Domain=.com"))))
print(names(run(P(), "http://localhost/", ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2; Domain=.local"))))
print(names(run(P(), "http://192.168.1.5/", ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2; Domain=.1.5"))))
print(names(run(P(strict_ns_set_initial_dollar=True), "http://x.com/", ("Set-Cookie", "$a=1"), ("Set-Cookie", "b=1"))))
print(names(run(P(strict_ns_set_path=True), "http://x.com/a/b", ("Set-Cookie", "a=1; Path=/c"), ("Set-Cookie", "b=1; Path=/a"))))
print(names(run(P(netscape=False), "http://x.com/", ("Set-Cookie", "a=1"))))
print(names(run(P(rfc2965=True), "http://x.com/", ("Set-Cookie2", 'a=1; Version="1"; Domain=".x.com"'),
                ("Set-Cookie2", 'b=1; Version="1"; Port="81"'), ("Set-Cookie2", 'c=1; Version="1"; Port'))))
print(names(run(P(rfc2965=True, rfc2109_as_netscape=False), "http://x.com/", ("Set-Cookie", "a=1; Version=1"))))
print(names(run(P(rfc2109_as_netscape=True, rfc2965=True), "http://x.com/", ("Set-Cookie", "a=1; Version=1"))))
print(names(run(P(), "http://x.com/", ("Set-Cookie", "a=1; Version=abc"), ("Set-Cookie", "b=1; Domain"),
                ("Set-Cookie", "c=1; Expires"), ("Set-Cookie", "d=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT"))))

# Secure cookies only go back over https; ports must match.
jar = cj.CookieJar()
req = urllib.request.Request("https://shop.com/")
jar.extract_cookies(Resp(("Set-Cookie", "s=1; Secure"), ("Set-Cookie", "p=1")), req)
for url in ("http://shop.com/", "https://shop.com/", "http://shop.com:8080/"):
    r = urllib.request.Request(url)
    jar.add_cookie_header(r)
    print(url, r.get_header("Cookie"))
jar = cj.CookieJar(P(rfc2965=True))
jar.extract_cookies(Resp(("Set-Cookie2", 'p=1; Version="1"; Port="8080"'), ("Set-Cookie2", 'q="a b"; Version="1"; Domain=".shop.com"')),
                    urllib.request.Request("http://www.shop.com:8080/x/"))
for url in ("http://www.shop.com/x/", "http://www.shop.com:8080/x/y", "http://a.shop.com:8080/"):
    r = urllib.request.Request(url)
    jar.add_cookie_header(r)
    print(url, r.get_header("Cookie"), r.get_header("Cookie2"))
r = urllib.request.Request("http://www.shop.com:8080/x/", headers={"Cookie": "preset=1"})
jar.add_cookie_header(r)
print(r.get_header("Cookie"), r.unredirected_hdrs)

# Expiry in the past and Max-Age=0 delete an existing cookie.
jar = cj.CookieJar()
req = urllib.request.Request("http://x.com/")
jar.extract_cookies(Resp(("Set-Cookie", "a=1; Path=/"), ("Set-Cookie", "b=2; Path=/"), ("Set-Cookie", "c=3; Path=/")), req)
jar.extract_cookies(Resp(("Set-Cookie", "a=gone; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
                         ("Set-Cookie", "b=gone; Path=/; Max-Age=0")), req)
print(names(jar))
print(len(jar.make_cookies(Resp(("Set-Cookie", "n=1")), req)), jar.make_cookies(Resp(), req))
cookie = jar.make_cookies(Resp(("Set-Cookie", "m=1; Max-Age=100")), req)[0]
print(cookie.discard, cookie.expires is not None)
jar.set_cookie_if_ok(cookie, req)
blocked = cj.CookieJar(P(blocked_domains=["x.com"]))
blocked.set_cookie_if_ok(cookie, req)
print(names(jar), len(blocked))
jar.clear_expired_cookies()
jar.clear("x.com", "/")
print(len(jar))
policy = P()
policy.set_blocked_domains(["a.com"])
policy.set_allowed_domains(None)
print(policy.blocked_domains(), policy.allowed_domains(), policy.is_blocked("A.com"), policy.is_not_allowed("b.com"))
base = cj.CookiePolicy()
for meth in (base.set_ok, base.return_ok):
    try:
        meth(None, None)
    except NotImplementedError:
        print("NotImplementedError", meth.__name__)
print(base.domain_return_ok("x", None), base.path_return_ok("/", None))
jar.set_policy(base)
print(jar._policy is base)
