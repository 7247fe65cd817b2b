# pickle.loads on malformed or hostile data raises what CPython raises, never crashes.
import pickle
for data in [b'', b'\x80\x04', b'\x80\x04K', b'K\x01', b'\x00', b'\xff', b'z.', b'\x80\x09K\x01.', b'h\x05.', b'0.', b'1.', b'a.', b'(t(.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'X\x05\x00\x00\x00ab.', b'\x8a\x01', b'I12x\n.', b'S"abc\n.', b"Sabc\n.", b'\x93.', b'N\x93.', b'Q.', b'Pabc\n.', b'\x80\x02K\x01K\x02.extra', b']K\x01\x85.', b'NNs.', b'}NNNu.', b'NNR.', b'\x8b\xff\xff\xff\xff.', b'T\xff\xff\xff\xff.', b'p-1\n.', b'\x97.', b'cbuiltins\nnope\n.', b'cnosuchmod\nx\n.', b'(\x91.', b'\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.', b'N2.', b'(N1.', b'N0.', b'(0.', b'F1.5\n.', b'Fabc\n.', b'L123L\n.', b'L12\n.', b'I01\n.', b"S'a\\x41\\n'\n.", b'U\x03abc.', b'V\\u0041\\n\n.']:
    try:
        print(data, '->', repr(pickle.loads(data)))
    except Exception as e:
        print(data, 'EXC', type(e).__name__, e)
