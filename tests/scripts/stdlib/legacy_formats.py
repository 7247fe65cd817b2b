# imghdr, sndhdr, xdrlib and pipes (deprecated in 3.11) against python3.
import warnings, io, os, tempfile, re
work = tempfile.mkdtemp()
tempfile.tempdir = work
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import imghdr, sndhdr, xdrlib, pipes
print([str(x.message) for x in w])
for h in [b'\xff\xd8\xff\xe0\x00\x10JFIF', b'\x89PNG\r\n\x1a\n', b'GIF89a', b'II*', b'\x01\xda', b'P1 ', b'P5\n', b'P6\t', b'\x59\xa6\x6a\x95', b'#define x', b'BMxx', b'RIFF0000WEBP', b'\x76\x2f\x31\x01', b'zz', b'P7 ']:
    print(imghdr.what(None, h), imghdr.what(io.BytesIO(h)))
b = io.BytesIO(b'xxGIF87a'); b.read(2); print(imghdr.what(b), b.tell())
for h in [b'.snd\0\0\0\x18\0\0\0\x10\0\0\0\x03\0\0\x1f\x40\0\0\0\x02', b'dns.\x18\0\0\0\x10\0\0\0\x01\0\0\0\x40\x1f\0\0\x01\0\0\0', b'Creative Voice File\x1a\x1a\0' + b'\0'*4 + b'\x01\0\0\0\x9c', b'FORM0000' + b'8SVX', b'SOUND\0\0\0\x10\0\0\0' + b'\0'*8 + b'\x40\x1f', b'\0\0\x40\x1f', b'\0\0\x01\0', b'nothing']:
    open(work + '/snd.bin', 'wb').write(h)
    print(sndhdr.what(work + '/snd.bin'))
import wave
with wave.open(work + '/w.wav', 'wb') as ww:
    ww.setnchannels(2); ww.setsampwidth(2); ww.setframerate(8000); ww.writeframes(b'\0' * 400)
print(sndhdr.whathdr(work + '/w.wav'), sndhdr.SndHeaders._fields)
p = xdrlib.Packer()
p.pack_uint(7); p.pack_int(-3); p.pack_bool(True); p.pack_uhyper(2**40+5); p.pack_hyper(-2); p.pack_float(1.5); p.pack_double(-0.25)
p.pack_string(b'hello'); p.pack_fstring(3, b'abcdef'); p.pack_list([1, 2, 3], p.pack_int); p.pack_array([4, 5], p.pack_uint); p.pack_farray(2, [6, 7], p.pack_int)
buf = p.get_buffer(); print(buf.hex(), p.get_buf() == buf)
u = xdrlib.Unpacker(buf)
print(u.unpack_uint(), u.unpack_int(), u.unpack_bool(), u.unpack_uhyper(), u.unpack_hyper(), u.unpack_float(), u.unpack_double(), u.unpack_string(), u.unpack_fstring(3), u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_uint), u.unpack_farray(2, u.unpack_int), u.get_position())
u.done()
for f, a in [(p.pack_uint, -1), (p.pack_int, 2**31), (p.pack_uint, 'x'), (p.pack_uhyper, 'x'), (p.pack_uhyper, -1), (p.pack_float, 'z'), (p.pack_fstring, -1)]:
    try: f(a) if f is not p.pack_fstring else f(a, b'')
    except Exception as e: print(type(e).__name__, e, repr(e))
try: p.pack_farray(3, [1], p.pack_int)
except ValueError as e: print(e)
u = xdrlib.Unpacker(b'\0\0\0\x02\0\0')
try: u.unpack_list(u.unpack_int)
except xdrlib.ConversionError as e: print(e, e.msg)
try: u.unpack_uint()
except EOFError as e: print('EOF', repr(e))
u.reset(b'\0\0\0\x01'); 
try: u.done()
except xdrlib.Error as e: print(e)
print(xdrlib.Packer.pack_uint.__name__, xdrlib.__all__)
t = pipes.Template(); t.append('tr a-z A-Z', '--'); t.append('sort >$OUT', '-f'); t.prepend('cat $IN', 'f-')
print(t); t2 = t.clone(); print(t2.steps == t.steps)
import re
print(re.sub(re.escape(work) + r'/\w+', 'TMP', t.makepipeline('in file', 'out')))
print(pipes.makepipeline('', [], ''), '|', pipes.makepipeline('a', [('x', '--')], 'b'))
for args in [(3, '--'), ('x', 'zz'), ('x', '.-'), ('x $OUT', 'ff'), ('x', 'f-'), ('x', '-f')]:
    try: pipes.Template().append(*args)
    except Exception as e: print(type(e).__name__, e)
for args in [('x', '-.'), ('x', 'fx')]:
    try: pipes.Template().prepend(*args)
    except Exception as e: print(type(e).__name__, e)
t = pipes.Template(); t.append('tr a-z A-Z', '--')
with t.open(work + '/pipe.txt', 'w') as f: f.write('hello pipes\n')
print(open(work + '/pipe.txt').read(), t.open(work + '/pipe.txt', 'r').read())
try: t.open('x', 'a')
except ValueError as e: print(e)
print(pipes.quote("it's"))
import shutil
shutil.rmtree(work)
