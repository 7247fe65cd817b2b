# format() of complex numbers: every spec kind (repr mode, e/f/g, widths, fills, signs, #, grouping) and the basic operations on awkward values.
vals = [1+2j, -1.5-2.25j, 0j, -0.0-0.0j, 1e20+1e-20j, complex(float('inf'), float('nan')), 3j, -2j, complex(-0.0, 3), 123456.789-0.001j, complex(1e-7, -1e16)]
specs = ['', 'g', '.3', '.3g', 'e', '.2e', 'E', 'f', '.0f', 'F', '10', '<30', '>30.2f', '^25', '*^25.1e', '+', ' ', '+.2f', ' g', '#g', '#.0f', ',', ',.2f', '_.1f', 'n', '.10', '20.5g', '-', '-.3f', '#', '+10']
for v in vals:
    for s in specs:
        try:
            print(repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
for v in vals:
    print(repr(v), str(v), v == v, v.conjugate(), abs(v) if v == v else 'nan', -v, v * 2, v / 3 if v else 'zero')
