"""csv: reading and writing comma-separated values, as CPython 3.11's module behaves.

The reader and writer live in _csv (gilpy's stand-in for CPython's C module); this file
owns the Dialect classes (excel, excel-tab, unix), DictReader/DictWriter and the Sniffer.
"""

import io
import re
from collections import Counter

from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = """QUOTE_MINIMAL QUOTE_ALL QUOTE_NONNUMERIC QUOTE_NONE Error Dialect __doc__
    excel excel_tab field_size_limit reader writer register_dialect get_dialect
    list_dialects Sniffer unregister_dialect __version__ DictReader DictWriter
    unix_dialect""".split()


class Dialect:
    """Base of the named dialects: subclass it and set delimiter, quotechar,
    escapechar, doublequote, skipinitialspace, lineterminator and quoting.
    Instantiating a subclass checks the settings (csv.Error if they are wrong)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self, {})
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Comma-separated, double quotes doubled inside quoted fields, CRLF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated flavour."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Every field quoted, LF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


for _name, _dialect in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _dialect)
del _name, _dialect


# ----------------------------------------------------- dict reader / writer

class DictReader:
    """Reads records as dicts keyed by the header row (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                record[key] = self.restval
        return record



class DictWriter:
    """Writes dicts as records, columns in `fieldnames` order."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, record):
        """The record's values in column order (restval for the missing ones)."""
        if self.extrasaction == "raise":
            unknown = [repr(key) for key in record if key not in self.fieldnames]
            if unknown:
                raise ValueError(f"dict contains fields not in fieldnames: {', '.join(unknown)}")
        return [record.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(record) for record in rowdicts)



# ------------------------------------------------------------------ Sniffer

class Sniffer:
    """Guesses the dialect of a CSV sample, and whether it starts with a header row."""

    def __init__(self):
        self.preferred = list(',\t; :')

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing `sample`; Error when no delimiter stands out."""
        quotechar, doublequote, delimiter, skipinitialspace = self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_counts(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        for attr, value in (('doublequote', doublequote), ('delimiter', delimiter),
                            ('quotechar', quotechar or '"'),
                            ('skipinitialspace', skipinitialspace)):
            setattr(dialect, attr, value)
        return dialect

    def _from_quotes(self, data, delimiters):
        """Finds quoted fields: the quote character, and the delimiter next to them."""
        shapes = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        found = []
        for shape in shapes:
            found = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return '', False, None, 0
        quotes = Counter()
        delims = Counter()
        spaces = 0
        for match in found:
            groups = match.groupdict()
            if groups.get('quote'):
                quotes[groups['quote']] += 1
            delim = groups.get('delim')
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] += 1
            if groups.get('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        esc_delim = re.escape(delim) if delim else '[^\\w\n"\']'
        doubled = re.compile(
            r'((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)'
            % {'delim': esc_delim, 'quote': re.escape(quotechar)}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _from_counts(self, data, delimiters):
        """Picks a character that occurs the same number of times on (nearly) every line,
        looking at ten more lines at a time until exactly one stands out."""
        lines = [line for line in data.split('\n') if line]
        # per character: {count on a line: how many lines had that count}
        tallies = {}
        seen = 0
        found = {}
        while seen < len(lines):
            chunk = lines[seen:seen + 10]
            seen += len(chunk)
            for line in chunk:
                for code in range(127):
                    c = chr(code)
                    per_char = tallies.setdefault(c, {})
                    n = line.count(c)
                    per_char[n] = per_char.get(n, 0) + 1
            found = self._steady(tallies, seen, delimiters)
            if len(found) == 1:
                delim = next(iter(found))
                return delim, self._spaced(lines[0], delim)
        if not found:
            return '', 0
        for delim in self.preferred:
            if delim in found:
                return delim, self._spaced(lines[0], delim)
        delim = max((shape, c) for c, shape in found.items())[1]
        return delim, self._spaced(lines[0], delim)

    @staticmethod
    def _steady(tallies, total, delimiters):
        """The characters whose usual count per line holds on enough of the lines."""
        usual = {}
        for c, counts in tallies.items():
            pairs = list(counts.items())
            if len(pairs) == 1 and pairs[0][0] == 0:
                continue
            best = max(pairs, key=lambda pair: pair[1])
            others = sum(lines for count, lines in pairs) - best[1]
            usual[c] = (best[0], best[1] - others)
        share = 1.0
        while share >= 0.9:
            found = {c: shape for c, shape in usual.items()
                     if shape[0] > 0 and shape[1] > 0 and shape[1] / total >= share
                     and (delimiters is None or c in delimiters)}
            if found:
                return found
            share -= 0.01
        return {}

    @staticmethod
    def _spaced(first_line, delim):
        return first_line.count(delim) == first_line.count(delim + ' ')

    def has_header(self, sample):
        """Whether the first row looks like column names. Each column of the next rows is
        typed (complex number, else the length of its text); a column whose rows disagree
        is ignored; the header cell votes yes when it does not fit its column's type."""
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                kind = self._kind(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
                continue
            try:
                kind(header[col])
            except (ValueError, TypeError):
                votes += 1
            else:
                votes -= 1
        return votes > 0

    @staticmethod
    def _kind(cell):
        try:
            complex(cell)
        except (ValueError, OverflowError):
            return len(cell)
        return complex
