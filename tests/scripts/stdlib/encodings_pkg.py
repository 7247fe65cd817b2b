# The encodings package: normalize_encoding, search_function through the aliases, the codec
# modules' contents, and codecs.lookup agreeing with them.
import codecs
import encodings
import encodings.aliases
import encodings.utf_8
import encodings.latin_1
import encodings.ascii
import encodings.utf_16
import encodings.hex_codec
import encodings.rot_13
import importlib

for name in ('utf-8', '  UTF-8 ', 'latin_1', 'ISO-8859-1', 'us--ascii!!', 'a.b c', 'caf\u00e9', b'utf8'):
    print(repr(name), repr(encodings.normalize_encoding(name)))

for name in ('utf8', 'latin1', 'l1', 'u16', 'ascii', 'us_ascii', 'cp65001', 'hex', 'rot13',
             'windows_1252', 'nope', 'Latin1', 'utf_8'):
    info = encodings.search_function(name)
    print(name, None if info is None else info.name)

aliases = encodings.aliases.aliases
for key in ('utf8', 'latin1', 'l1', '646', 'u32', 'base64', 'zip', 'cp819', 'iso8859_1'):
    print(key, aliases[key])

for module in ('utf_8', 'latin_1', 'ascii', 'utf_16', 'utf_16_le', 'utf_32_be', 'utf_8_sig',
               'cp1252', 'hex_codec', 'base64_codec', 'zlib_codec', 'rot_13', 'unicode_escape',
               'raw_unicode_escape'):
    mod = importlib.import_module('encodings.' + module)
    info = mod.getregentry()
    looked = codecs.lookup(info.name)
    print(module, info.name, isinstance(info, codecs.CodecInfo),
          looked.incrementalencoder is mod.IncrementalEncoder,
          looked.streamreader is mod.StreamReader,
          sorted(n for n in ('encode', 'decode', 'Codec', 'IncrementalEncoder',
                             'IncrementalDecoder', 'StreamWriter', 'StreamReader', 'getregentry')
                 if hasattr(mod, n)))

print(encodings.utf_8.encode('h\u00e9'), encodings.utf_8.decode(b'h\xc3\xa9'))
print(encodings.latin_1.Codec().encode('\u00ff'), encodings.ascii.Codec().decode(b'abc'))
print(encodings.utf_16.encode('A')[0][2:], encodings.hex_codec.Codec().encode(b'\x01\xff'))
print(codecs.decode('uryyb', 'rot13'))
enc = encodings.utf_8.IncrementalEncoder()
print(enc.encode('\u20ac'), encodings.utf_8.IncrementalDecoder().decode(b'\xe2\x82', final=False))
try:
    encodings.ascii.Codec().encode('\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(issubclass(encodings.CodecRegistryError, LookupError),
      issubclass(encodings.CodecRegistryError, SystemError))
print(codecs.lookup('cp65001').name, codecs.lookup('UTF8').name, codecs.lookup('l1').name)
