# shutil.chown by name or number, and its errors.
import shutil, tempfile, os
for a in [('/tmp/nonexist',), ('/tmp/nonexist','root'), ('/tmp','nosuchuser'), ('/tmp',None,'nosuchgroup')]:
    try: shutil.chown(*a)
    except Exception as e: print(type(e).__name__, e)
d = tempfile.mkdtemp(); shutil.chown(d, "root", "root"); shutil.chown(d, 0); shutil.chown(d, group=0); print(os.stat(d).st_uid); os.rmdir(d)
