"""encodings.aliases: other spellings of the encodings gilpy implements, each mapped to its
module under encodings (keys are normalized as encodings.normalize_encoding does, lower case).

CPython lists aliases for every codec it ships; gilpy lists those of the codecs it has."""

aliases = {
    # utf_8
    'cp65001': 'utf_8',
    'u8': 'utf_8',
    'utf': 'utf_8',
    'utf8': 'utf_8',
    'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8',
    # utf_16
    'u16': 'utf_16',
    'utf16': 'utf_16',
    # utf_16_le
    'unicodelittleunmarked': 'utf_16_le',
    'utf_16le': 'utf_16_le',
    # utf_16_be
    'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be',
    # utf_32
    'u32': 'utf_32',
    'utf32': 'utf_32',
    # utf_32_le
    'utf_32le': 'utf_32_le',
    # utf_32_be
    'utf_32be': 'utf_32_be',
    # ascii
    '646': 'ascii',
    'ansi_x3.4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii',
    'ansi_x3_4_1968': 'ascii',
    'cp367': 'ascii',
    'csascii': 'ascii',
    'ibm367': 'ascii',
    'iso646_us': 'ascii',
    'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii',
    'us': 'ascii',
    'us_ascii': 'ascii',
    # latin_1
    '8859': 'latin_1',
    'cp819': 'latin_1',
    'csisolatin1': 'latin_1',
    'ibm819': 'latin_1',
    'iso8859': 'latin_1',
    'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1',
    'iso_ir_100': 'latin_1',
    'l1': 'latin_1',
    'latin': 'latin_1',
    'latin1': 'latin_1',
    # cp1252
    '1252': 'cp1252',
    'windows_1252': 'cp1252',
    # hex_codec
    'hex': 'hex_codec',
    # base64_codec
    'base64': 'base64_codec',
    'base_64': 'base64_codec',
    # zlib_codec
    'zip': 'zlib_codec',
    'zlib': 'zlib_codec',
    # rot_13
    'rot13': 'rot_13',
}
