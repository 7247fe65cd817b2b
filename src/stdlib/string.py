"""string: the character-class constants, capwords, and Template ($-substitution)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word, joins them with sep (a space if none)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """'$name' and '${name}' placeholders filled by substitute(); '$$' is a dollar sign."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _fill(self, mapping, kws, safe):
        values = dict(mapping or {}, **kws)
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            if ch != '$':
                out.append(ch)
                i += 1
                continue
            if text[i + 1:i + 2] == '$':
                out.append('$')
                i += 2
                continue
            braced = text[i + 1:i + 2] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (text[k].isalnum() or text[k] == '_') and not (k == j and text[k].isdigit()):
                k += 1
            name = text[j:k]
            if not name or (braced and text[k:k + 1] != '}'):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                line = text.count('\n', 0, i) + 1
                col = i - text.rfind('\n', 0, i)
                raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')
            end = k + 1 if braced else k
            if name in values:
                out.append(str(values[name]))
            elif safe:
                out.append(text[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, True)
