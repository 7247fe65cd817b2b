"""Headers: a list of (name, value) response headers seen through a mapping-like interface,
case-insensitive on names, rendered as an HTTP header block."""

import re

__all__ = ["Headers"]

# Characters that force a parameter value into quotes.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    """`param=value` for a header parameter (quoted when asked or when needed)."""
    if value is None or len(value) == 0:
        return param
    if quote or tspecials.search(value):
        escaped = value.replace("\\", "\\\\").replace('"', r"\"")
        return f'{param}="{escaped}"'
    return f"{param}={value}"


class Headers:
    """Wraps (and changes in place) a list of (name, value) string pairs."""

    def __init__(self, headers=None):
        headers = [] if headers is None else headers
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        for name, value in headers:
            self._convert_string_type(name)
            self._convert_string_type(value)

    def _convert_string_type(self, value):
        if type(value) is str:
            return value
        raise AssertionError(f"Header names/values must be of type str (got {value!r})")

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        del self[name]
        self._headers.append((self._convert_string_type(name), self._convert_string_type(val)))

    def __delitem__(self, name):
        lowered = self._convert_string_type(name.lower())
        self._headers[:] = [pair for pair in self._headers if pair[0].lower() != lowered]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of header `name`, in order ([] if none)."""
        lowered = self._convert_string_type(name.lower())
        return [value for key, value in self._headers if key.lower() == lowered]

    def get(self, name, default=None):
        lowered = self._convert_string_type(name.lower())
        for key, value in self._headers:
            if key.lower() == lowered:
                return value
        return default

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return f"{self.__class__.__name__}({self._headers!r})"

    def __str__(self):
        return "".join(f"{key}: {value}\r\n" for key, value in self._headers) + "\r\n"

    def __bytes__(self):
        return str(self).encode("iso-8859-1")

    def setdefault(self, name, value):
        """The value of `name`, adding it as `value` first if absent."""
        found = self.get(name)
        if found is not None:
            return found
        self._headers.append((self._convert_string_type(name), self._convert_string_type(value)))
        return value

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('content-disposition', 'attachment',
        filename='a.txt'); underscores in parameter names become dashes, a None value makes a
        bare flag."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for key, value in _params.items():
            key = self._convert_string_type(key).replace("_", "-")
            if value is None:
                parts.append(key)
            else:
                parts.append(_formatparam(key, self._convert_string_type(value)))
        self._headers.append((self._convert_string_type(_name), "; ".join(parts)))
