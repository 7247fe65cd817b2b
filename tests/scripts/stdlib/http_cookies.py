# http.cookies: SimpleCookie/BaseCookie/Morsel output, parsing Cookie headers, quoting and errors.
from http import cookies
c=cookies.SimpleCookie()
c['b']='hello world'; c['a']='1'; c['a']['path']='/'; c['a']['secure']=True; c['a']['max-age']=60; c['b']['comment']='a comment'; c['b']['httponly']=True; c['b']['samesite']='Lax'
print(c); print(repr(c)); print(c.output(header='Cookie:')); print(c.output(attrs=['path'])); print(repr(c['a'])); print(c['a'].OutputString())
c['e']='x'; c['e']['expires']=0; print(c['e'].output()[:20])
d=cookies.SimpleCookie('k=v; Path=/; HttpOnly; other="quo ted"; Max-Age=5')
print(d, repr(d['other'].value), d['k']['path'], d['k']['httponly'], dict(d['other']))
print(cookies._quote('a;b'), cookies._quote('abc'), cookies._quote('é'), cookies._unquote('"a\\073b"'))
try: c['bad key']='x'
except cookies.CookieError as e: print('CookieError', e)
try: c['a']['bogus']='x'
except cookies.CookieError as e: print('CookieError', e)
m=cookies.Morsel(); print(repr(m), m.key, m.value, m.coded_value)
try: m.set('path','v','v')
except cookies.CookieError as e: print('CookieError', e)
c=cookies.SimpleCookie(); c['a']='1'; c['a']['path']='/'
print(repr(c.js_output()))
print(cookies.SimpleCookie('bad;;; garbage = = x'), cookies.SimpleCookie('a=1; b=2; a=3'), '|', cookies.SimpleCookie('Path=/; a=1'))
print(cookies.SimpleCookie({'x': 'y', 'z': 'w w'}))
print(cookies.BaseCookie('a="b"'), cookies.BaseCookie('a="b"')['a'].value)
print(cookies._unquote('"a\\"b"'))
m=cookies.Morsel(); m.set('k', 'v', 'cv'); m2=m.copy(); print(m==m2, m.coded_value, m.isReservedKey('Path'), m.isReservedKey('x'), m.output(header='X:'))
m.update({'Path': '/p', 'max-age': 3}); print(m)
c=cookies.SimpleCookie(); c['n']=5; print(c['n'].value, repr(c['n'].value))
c=cookies.SimpleCookie('session=abc123; expires=Wed, 09 Jun 2021 10:18:14 GMT; Secure; lang=en-US; $Path=/x')
print(c, c['session']['expires'], c['lang']['path'])
print(cookies.SimpleCookie('a=1,b=2'), '|', cookies.SimpleCookie('x="\\"q\\""')['x'].value)
