"""Random interleavings of read(n), readline(limit), readlines, tell and seek back to a told
position, on text files mixing 1- to 4-byte UTF-8 characters and every line ending, under each
newline= mode."""
import random, os
r = random.Random(7)
import tempfile
P = os.path.join(tempfile.mkdtemp(prefix='gilpy_rio_'), 'rio.txt')
pieces = ['a', 'é', '€', '𝄞', '\n', '\r', '\r\n', 'xyz', ' ']
for trial in range(150):
    content = ''.join(r.choice(pieces) for _ in range(r.randint(0, 40)))
    with open(P, 'w', newline='', encoding='utf-8') as f:
        f.write(content)
    nl = r.choice([None, '', '\n', '\r', '\r\n'])
    out = []
    with open(P, newline=nl, encoding='utf-8') as f:
        marks = []
        for _ in range(12):
            op = r.random()
            if op < 0.3:
                n = r.randint(0, 5); out.append(f'read{n}=' + repr(f.read(n)))
            elif op < 0.55:
                n = r.choice([-1, 1, 3]); out.append(f'rl{n}=' + repr(f.readline(n)))
            elif op < 0.7:
                marks.append((f.tell(), len(out))); out.append('tell')
            elif op < 0.8 and marks:
                pos, _ = r.choice(marks)
                f.seek(pos)
                out.append(f'seek{marks.index((pos, _))}')
            elif op < 0.9:
                out.append(repr(f.readlines()))
            else:
                out.append('all=' + repr(f.read()))
    print(trial, repr(content), repr(nl), ' '.join(out))
os.remove(P)
os.rmdir(os.path.dirname(P))
