# mimetypes: types and encodings from names and URLs, extensions from types (a MimeTypes of the
# built-in tables, so the machine's mime.types files do not matter), data: URLs, added types.
import mimetypes

db = mimetypes.MimeTypes()
names = ['a.txt', 'x.tar.gz', 'http://x/y.html?q=1', 'http://x/y.html', 'a.JPG', 'a.unknownext',
         'data:text/plain;base64,AAA', 'data:foo', 'data:;base64,x', 'data:image/png,xyz', 'a.py', 'a.json',
         'a.svgz', 'A.TGZ', 'f.Z', 'f.z', 'dir/file.css', 'x.html', 'x.htm', 'x.xml', 'x.csv', 'x.png', 'x.gif',
         'x.mp3', 'x.mp4', 'x.pdf', 'x.zip', 'x.js', 'x.rtf', 'x.mid', 'x.doc', 'noext', '.bashrc', 'x.tar.bz2',
         'x.txz', 'x.webp', 'x.wasm', 'x.ico', 'x.svg', 'x.exe', 'x.sh', 'x.c', 'x.jpeg', 'x.tar.xz', 'x.gz']
for name in names:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
for kind in ['text/plain', 'text/html', 'image/jpeg', 'application/json', 'text/css', 'image/png', 'text/csv',
             'application/pdf', 'application/zip', 'TEXT/HTML', 'nope/x', 'image/jpg', 'audio/midi', 'video/mp4',
             'application/x-tar', 'image/svg+xml', 'audio/mpeg', 'text/x-python']:
    print(kind, db.guess_extension(kind), db.guess_extension(kind, strict=False), db.guess_all_extensions(kind)[:3])
db.add_type('application/x-gilpy', '.gpy')
db.add_type('application/x-loose', '.lz2', strict=False)
print(db.guess_type('prog.gpy'), db.guess_type('a.lz2'), db.guess_type('a.lz2', False), db.guess_extension('application/x-gilpy'))
print(mimetypes.suffix_map == db.suffix_map, sorted(mimetypes.encodings_map.items()))
print(mimetypes.guess_type('index.html'), mimetypes.guess_type('style.css'), mimetypes.guess_extension('text/html'))
mimetypes.add_type('text/x-special', '.spc')
print(mimetypes.guess_type('f.spc'), mimetypes.inited, mimetypes.read_mime_types('/nonexistent/mime.types'))
