# zipfile's bzip2/lzma members and tarfile's bz2/xz modes: archives made by python3, and round trips.
import base64
import io
import tarfile
import zipfile

ZIP = ('UEsDBC4AAAAMAIMYIlAYOIG6MgAAAPoAAAAFAAAAYi50eHRCWmg5MUFZJlNZ72tzLQAAMZGAAAEQAARAIAAgpQDNNMRai5FyLUXi'
       '7kinChId7W5loFBLAwQ/AAIADgCDGCJQtlhjDxsAAAD6AAAABQAAAGwudHh0CQQFAF0AAIAAADYLiofEFbU+LhwH//+8PgAAUEsD'
       'BBQAAAAIAIMYIlAl2Ua7CgAAAPoAAAAFAAAAZC50eHRL0SupKEkZiQQAUEsBAi4DLgAAAAwAgxgiUBg4gboyAAAA+gAAAAUAAAAA'
       'AAAAAAAAAIABAAAAAGIudHh0UEsBAj8DPwACAA4AgxgiULZYYw8bAAAA+gAAAAUAAAAAAAAAAAAAAIABVQAAAGwudHh0UEsBAhQD'
       'FAAAAAgAgxgiUCXZRrsKAAAA+gAAAAUAAAAAAAAAAAAAAIABkwAAAGQudHh0UEsFBgAAAAADAAMAmQAAAMAAAAAAAA==')
TARS = {
    'bz2': 'QlpoOTFBWSZTWXoPCQ8AAMJfgMwAQAF9gAIAAQByAh5ACAggAHUMhJ6Q009QNMgRSFPUYaIYmymP3kkCFaIJOEE16t6KS8SQSGkoAS'
           'swWQEU4Yqyo6LG0O6ypOcoU7kEWBBHhBFiJsCcdTgEgE7veqhi+NbCh/F3JFOFCQeg8JDw',
    'xz': '/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj4Cf/AGxdADaZSf224loQpVx14qwylhNNzBjXULribazMlPDFeZmP9hNzvh7DwpyOEAmd+L'
          '1iZLiObMyiJ4s+c8qIpjVckV+ryCFwR7fUxkULQuxCqVF0MIq2aT7g9UOc4rhpv5AAgEn2e9iLy43Dq64oAADbSWWhuaDLaAABiA'
          'GAUAAAU/MzjbHEZ/sCAAAAAARZWg==',
}

with zipfile.ZipFile(io.BytesIO(base64.b64decode(ZIP))) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, info.extract_version,
              z.read(info)[:12])
    print(z.testzip())

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for name, method in (('b.txt', zipfile.ZIP_BZIP2), ('l.txt', zipfile.ZIP_LZMA)):
        info = zipfile.ZipInfo(name, (2020, 1, 2, 3, 4, 6))
        info.compress_type = method
        z.writestr(info, (name * 50).encode())
    z.writestr('auto.txt', b'abc' * 100, compress_type=zipfile.ZIP_BZIP2, compresslevel=3)
with zipfile.ZipFile(buf) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, info.compress_size, info.extract_version, info.flag_bits,
              z.read(info.filename) == (info.filename * 50).encode() or len(z.read(info.filename)))

for mode, text in TARS.items():
    with tarfile.open(fileobj=io.BytesIO(base64.b64decode(text)), mode='r:' + mode) as t:
        member = t.getmembers()[0]
        print(mode, member.name, member.size, t.extractfile(member).read()[:22])
    with tarfile.open(fileobj=io.BytesIO(base64.b64decode(text))) as t:
        print(mode, 'detected', t.getnames())
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode='w:' + mode) as t:
        data = b'round trip ' * 30
        info = tarfile.TarInfo('again.txt')
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    out.seek(0)
    with tarfile.open(fileobj=out, mode='r:*') as t:
        print(mode, t.getnames(), t.extractfile('again.txt').read()[:11])
try:
    tarfile.open(fileobj=io.BytesIO(b'x' * 600), mode='r:bz2')
except tarfile.ReadError as e:
    print('ReadError', e)
