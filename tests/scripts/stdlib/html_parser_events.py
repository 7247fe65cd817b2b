from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(s, t, a): print('start', t, a, s.getpos(), repr(s.get_starttag_text()))
    def handle_endtag(s, t): print('end', t, s.getpos())
    def handle_startendtag(s, t, a): print('startend', t, a)
    def handle_data(s, d): print('data', repr(d), s.getpos())
    def handle_comment(s, d): print('comment', repr(d))
    def handle_decl(s, d): print('decl', repr(d))
    def handle_pi(s, d): print('pi', repr(d))
    def unknown_decl(s, d): print('unknown', repr(d))
    def handle_charref(s, d): print('charref', repr(d))
    def handle_entityref(s, d): print('entityref', repr(d))
p = P()
p.feed('<!DOCTYPE html><?xml v?><![CDATA[x<y]]><!-- c --><!bogus></>< a></ b><p>x &amp; y &#65;&copy &notanentity; a<b</p>trailing &am')
print('--'); p.feed('p; more'); print('--close'); p.close()
p = P(convert_charrefs=False); p.feed('a &amp; b &#65; &#x42; &foo c<br/>'); p.close()
p = P(); p.feed('<script>if (a<b) { x = "</p>" }</script><STYLE>p{}</Style>')
p = P(); p.feed('<a href="x?a=1&amp;b=2" CLASS=big disabled data-x=\'q\' id="&lt;">'); p.feed('<img src=a.png/>'); p.feed('<div\n class=x\n>text\n</div>')
p = P(); p.feed('<p'); print('partial'); p.feed(' id=1>x'); p.close()
p = P(); p.feed('<!-- unclosed'); print('x'); p.close()
class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_data(self, data):
        if data.strip(): self.text.append(data.strip())
doc = """<html>
<head><title>Test &amp; Page</title></head>
<body>
  <h1 class="title">Hello, <em>world</em>!</h1>
  <p>See <a href="https://example.com/a?x=1&amp;y=2">this link</a> and
     <a href='/relative'>another</a>.</p>
  <ul><li>One</li><li>Two<br>Three</li></ul>
  <script>var s = "<a href='fake'>";</script>
  <input type="checkbox" checked />
</body></html>"""
lc = LinkCollector(); lc.feed(doc); lc.close()
print(lc.links, lc.text)
p = P(); [p.feed(ch) for ch in '<p class="x">a&amp;b</p><!--c-->']; p.close()
p = P(); p.feed('<a b="1"c=2 d = 3 e=>x</a><br/ ><x/y>'); p.close()
p = P(); p.feed('<![if !IE]><p><![endif]><![CDATA[a]b]] >')
