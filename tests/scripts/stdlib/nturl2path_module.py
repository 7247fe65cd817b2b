# nturl2path: Windows paths to file: URL paths and back, with the errors.
import nturl2path as n
for u in ['///C:/foo/bar/spam.foo', '///C|/foo/bar', '//server/share/x%20y', '/a/b', 'C:/x', 'a/b%2Fc',
          '///C:', '////host/path/file', 'C|', '///c:/', 'c:/a/b/', '///D|/x%C3%A9', 'x:y:z', '|x']:
    try:
        print(repr(u), repr(n.url2pathname(u)))
    except Exception as e:
        print(repr(u), type(e).__name__, e)
for p in ['C:\\foo\\bar\\spam.foo', '\\\\server\\share', 'a\\b c', 'C:', 'C:\\', '\\x', 'x:y:z',
          'ab:\\c', 'foo?bar', 'c:', 'd:\\\u00e9t\u00e9', '\\\\\\\\x\\y', 'rel\\path\\f.txt']:
    try:
        print(repr(p), repr(n.pathname2url(p)))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(sorted(k for k in dir(n) if not k.startswith('_')))
