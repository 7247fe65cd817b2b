"""printf-style '*' widths and precisions, the '0' flag with and without an alignment, on
numbers and strings, and zero padding that is grouped ('012,') in format()."""
print('%.*g' % (3, 3.14159), '%*d|' % (5, 42), '%-*d|' % (5, 42), '%*.*f|' % (10, 3, 2.5), '%*s|' % (-6, 'ab'))
print('%.*f' % (2, 1.005), '%*x' % (6, 255), b'%*d|' % (4, 7), b'%.*f' % (1, 2.25))
for fmt, args in [('%*d', ('a', 1)), ('%*d', (5,)), ('%(a)*d', {'a': 1}), ('%*(a)d', {'a': 1}), ('%(a)s %s', {'a': 1}),
                  ('%s %(a)s', {'a': 1}), ('%(a).*f', {'a': 1.0})]:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(fmt, 'TypeError', e)
print('%05s|%-05s|%05r|%05d|%-05d|%05.1f|%5c|%05c|' % ('ab', 'ab', 'x', -3, -3, 2.25, 'z', 'y'))
print(b'%05s|%05b|%05c|' % (b'ab', b'cd', 65))
print(format('ab', '05'), format('ab', '<05'), format(5, '<05'), format(5, '^05'), format(-5, '05'), format(True, '05'))
print(repr(format(True, '>5')), repr(f'{False:^5}'), repr(format(True, '')), repr(format(False, 'd')))
print(f"{'ab':05}|{'ab':>05}|{3.5:<08}|{-2:^07}|{1234:012,}|{1234:012_x}|{12345678:015_b}")
print(format(1234, '012,'), format(-1234, '012,'), format(1234, '+012,'), format(10**20, '030,'), format(5, '0=+8,'))
print(format(1234.5, '012,.1f'), format(-1234.5, '013,.2f'), format(float('inf'), '012,'), format(1e308 * 10, '0=12,'))
print(int('١٢٣'), float('١٢٣.٥'), int('\u2003 7 '), float('\u00a01.5'), int('٣', 16))
