# binascii quoted-printable: b2a_qp in every mode and a2b_qp on fixed and pseudo-random data.
import binascii
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alphabet = b'ab =._\t\r\n\x00\xff.=0A9zF' + b'x' * 10
cases = [b'', b'.', b'.\n', b'a.\n.', b'x' * 80, b'x' * 75 + b'=', b'a \n', b'a\t', b'a \r\nb', b'=41=4', b'=\r\nab', b'=\nab', b'==41', b'=zz', b'a_b', b'hello world\n' * 10]
for k in range(80):
    n = rnd(120)
    cases.append(bytes(alphabet[rnd(len(alphabet))] for _ in range(n)))
for c in cases:
    for qt in (False, True):
        for it in (True, False):
            for hd in (False, True):
                print(binascii.b2a_qp(c, quotetabs=qt, istext=it, header=hd))
    print(binascii.a2b_qp(c), binascii.a2b_qp(c, header=True))
print(binascii.b2a_qp(b'a b', True, True, True), binascii.a2b_qp('a=3Db'))
try:
    binascii.b2a_qp('x')
except TypeError as e:
    print('TypeError', e)
