# html: escape and unescape (HTML5 named references with and without ';', numeric edge cases), entity tables.
import html
import html.entities as ent

for s in ['plain', '<a href="x">Tom & Jerry\'s</a>', '&amp; already', '', "'\"<>&"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
for s in ['&lt;b&gt;bold&lt;/b&gt;', '&amp;amp;', 'caf&eacute; &copy 2024', '&notit; &notin; &not',
          '&#65;&#x42;&#X43;&#0068', '&#0;&#13;&#128;&#150;&#159;', '&#xD800;&#x110000;&#1114111;',
          '&#1;&#11;&#127;&#xFDD0;&#xFFFE;&#x1FFFF;', '&unknown; &; & &#; &#x;', 'no refs',
          '&AMP &Amp; &ampfoo', '&nbsp;&NotNestedGreaterGreater;&acE;', '&#9731;&#x1F600;',
          '&' + 'a' * 40 + ';', '&lt', '&ltx', 'x&gt;y&quot&apos;']:
    print(repr(s), repr(html.unescape(s)))
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['amp'], ent.codepoint2name[60], ent.entitydefs['copy'], ent.html5['gt;'], ent.html5['gt'])
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'', html.__all__)
