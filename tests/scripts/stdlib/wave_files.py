# wave: writing PCM files (header patched when the frame count changes), reading them back,
# parameters, positions, and the errors; compared with python3.
import io
import os
import struct
import tempfile
import wave

buf = io.BytesIO()
w = wave.open(buf, "wb")
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(8000.4)
w.setnframes(3)
w.setcomptype("NONE", "not compressed")
print(w.getparams(), w.tell())
w.writeframes(struct.pack("<8h", 1, -1, 2, -2, 3, -3, 4, -4))
print(w.getnframes(), w.tell())
try:
    w.setnchannels(1)
except wave.Error as e:
    print("wave.Error", e)
w.writeframesraw(bytearray(b"\x05\x00\xfb\xff"))
w.close()
raw = buf.getvalue()
print(len(raw), raw[:44])

r = wave.open(io.BytesIO(raw))
print(r.getparams())
print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
print(r.readframes(2), r.tell())
r.setpos(4)
print(r.readframes(10), r.tell(), r.readframes(1))
r.rewind()
print(r.readframes(1), r.getmarkers())
try:
    r.setpos(99)
except wave.Error as e:
    print("wave.Error", e)
try:
    r.getmark(1)
except wave.Error as e:
    print("wave.Error", e)
r.close()

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tone.wav")
    with wave.open(path, "wb") as out:
        out.setparams((1, 1, 11025, 0, "NONE", "not compressed"))
        out.writeframes(bytes(range(0, 250, 10)))
    with wave.open(path) as back:
        print(back.getparams(), back.readframes(5))
    with open(path, "rb") as f:
        print(f.read()[:48])

for bad in [b"", b"RIFX\x00\x00\x00\x00WAVE", b"RIFF\x04\x00\x00\x00AVI ", b"RIFF\x04\x00\x00\x00WAVE",
            b"RIFF\x0c\x00\x00\x00WAVEdata\x00\x00\x00\x00",
            b"RIFF\x18\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x03\x00\x01\x00\x40\x1f\x00\x00\x00\x00\x00\x00\x04\x00\x20\x00"]:
    try:
        wave.open(io.BytesIO(bad))
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)

w = wave.open(io.BytesIO(), "wb")
for call in (lambda: w.setsampwidth(5), lambda: w.setframerate(0), lambda: w.setnchannels(0),
             lambda: w.setcomptype("ULAW", "u"), lambda: w.getparams(), lambda: w.getnchannels(),
             lambda: w.writeframes(b"ab"), lambda: w.setmark(1, 2, "x"), lambda: wave.open(io.BytesIO(), "x")):
    try:
        call()
    except wave.Error as e:
        print("wave.Error", e)
w.setnchannels(1)
w.setsampwidth(1)
try:
    w.close()
except wave.Error as e:
    print("wave.Error", e)
