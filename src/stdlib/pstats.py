"""Reading, sorting and printing profiler statistics (from profile or cProfile), in python3's
layout.

A statistics table maps a function key (filename, line number, function name) to
(primitive calls, total calls, own time, cumulative time, callers); built-in functions have the
filename '~' and line 0 and show as {name}. dump_stats()/Stats(filename) use the marshal format
python3 uses for these files (written and read here: gilpy has no marshal module).
"""

import os
import re
import struct
import sys
from enum import Enum
from functools import cmp_to_key

__all__ = ['Stats', 'SortKey', 'FunctionProfile', 'StatsProfile']


class SortKey(str, Enum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for other in values[1:]:
            cls._value2member_map_[other] = member
        member._all_values = values
        return member


class FunctionProfile:
    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime, file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number

    def __repr__(self):
        return ('FunctionProfile(ncalls=%r, tottime=%r, percall_tottime=%r, cumtime=%r, percall_cumtime=%r, '
                'file_name=%r, line_number=%r)' % (self.ncalls, self.tottime, self.percall_tottime, self.cumtime,
                                                   self.percall_cumtime, self.file_name, self.line_number))


class StatsProfile:
    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles

    def __repr__(self):
        return 'StatsProfile(total_tt=%r, func_profiles=%r)' % (self.total_tt, self.func_profiles)


# The fields a sort key compares (index into the sort row, direction) and how print_stats names it.
# A sort row is (cc, nc, tt, ct, filename, line, name, standard name).
_SORTS = {
    'calls': (((1, -1),), 'call count'),
    'ncalls': (((1, -1),), 'call count'),
    'cumtime': (((3, -1),), 'cumulative time'),
    'cumulative': (((3, -1),), 'cumulative time'),
    'filename': (((4, 1),), 'file name'),
    'line': (((5, 1),), 'line number'),
    'module': (((4, 1),), 'file name'),
    'name': (((6, 1),), 'function name'),
    'nfl': (((6, 1), (4, 1), (5, 1)), 'name/file/line'),
    'pcalls': (((0, -1),), 'primitive call count'),
    'stdname': (((7, 1),), 'standard name'),
    'time': (((2, -1),), 'internal time'),
    'tottime': (((2, -1),), 'internal time'),
}
_LEGACY_SORTS = {-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """How a function is shown: file:line(name), or {name} for a built-in."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return '%s:%d(%s)' % func_name


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers)


def add_callers(target, source):
    merged = dict(target)
    for func, caller in source.items():
        if func in merged:
            if isinstance(caller, tuple):
                merged[func] = tuple(a + b for a, b in zip(caller, merged[func]))
            else:
                merged[func] += caller
        else:
            merged[func] = caller
    return merged


def count_calls(callers):
    total = 0
    for calls in callers.values():
        total += calls
    return total


def f8(x):
    return '%8.3f' % x


class Stats:
    """Profiler statistics from Profile objects, files written by dump_stats, or other Stats."""

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        if not args:
            arg = None
        else:
            arg, args = args[0], args[1:]
        self.init(arg)
        self.add(*args)

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print('Invalid timing data %s' % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = _unmarshal(f.read())
            try:
                # Shown by print_stats: the file's modification time, then its name.
                import time
                self.files = [time.ctime(os.stat(arg).st_mtime) + '    ' + arg]
            except OSError:
                self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ('jprofile', 0, 'profiler') in callers:
                self.top_level.add(func)
            if len(func_std_string(func)) > self.max_name_len:
                self.max_name_len = len(func_std_string(func))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                if func in self.stats:
                    old = self.stats[func]
                else:
                    old = (0, 0, 0, 0, {})
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Writes the statistics to a file in python3's marshal format."""
        with open(filename, 'wb') as f:
            f.write(_marshal(self.stats))

    def get_sort_arg_defs(self):
        """The sort keys and their (fields, description)."""
        return dict(_SORTS)

    def sort_stats(self, *field):
        """Sorts by the keys given (names or SortKey members; one legacy int), ties by the next."""
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_LEGACY_SORTS[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        fields = []
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            if word not in _SORTS:
                raise KeyError(word)
            spec, description = _SORTS[word]
            fields += spec
            names.append(description)
        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def compare(left, right):
            for index, direction in fields:
                a, b = left[index], right[index]
                if a < b:
                    return -direction
                if a > b:
                    return direction
            return 0

        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        self.sort_type = ', '.join(names)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Drops the folders from file names (merging functions that then look the same)."""
        stripped = {}
        max_len = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            new_func = func_strip_path(func)
            if len(func_std_string(new_func)) > max_len:
                max_len = len(func_std_string(new_func))
            new_callers = {}
            for caller, value in callers.items():
                new_callers[func_strip_path(caller)] = value
            if new_func in stripped:
                stripped[new_func] = add_func_stats(stripped[new_func], (cc, nc, tt, ct, new_callers))
            else:
                stripped[new_func] = (cc, nc, tt, ct, new_callers)
        self.stats = stripped
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = max_len
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees is not None:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, items, msg):
        chosen = items
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += '   <Invalid regular expression %r>\n' % sel
                return chosen, msg
            chosen = [func for func in items if pattern.search(func_std_string(func))]
        else:
            count = len(items)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                chosen = items[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                count = sel
                chosen = items[:count]
        if len(items) != len(chosen):
            msg += '   List reduced from %r to %r due to restriction <%r>\n' % (len(items), len(chosen), sel)
        return chosen, msg

    def get_stats_profile(self):
        """The statistics as a StatsProfile of FunctionProfile objects, by function name."""
        listed = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        profiles = {}
        for func in listed:
            cc, nc, tt, ct, callers = self.stats[func]
            filename, line, name = func
            ncalls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
            profiles[name] = FunctionProfile(ncalls, round(tt, 3), round(tt / nc, 3) if nc else 0, round(ct, 3),
                                             round(ct / cc, 3) if cc else 0, filename, line)
        return StatsProfile(round(self.total_tt, 3), profiles)

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = '   Ordered by: ' + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = '   Random listing order was used\n'
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        count = len(stat_list)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if count < len(self.stats):
            width = 0
            for func in stat_list:
                if len(func_std_string(func)) > width:
                    width = len(func_std_string(func))
        return width + 2, stat_list

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, 'function calls', end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print('(%d primitive calls)' % self.prim_calls, end=' ', file=out)
        print('in %.3f seconds' % self.total_tt, file=out)
        print(file=out)
        width, listed = self.get_print_list(amount)
        if listed:
            self.print_title()
            for func in listed:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, listed = self.get_print_list(amount)
        if listed:
            self.calc_callees()
            self.print_call_heading(width, 'called...')
            for func in listed:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, listed = self.get_print_list(amount)
        if listed:
            self.print_call_heading(width, 'was called by...')
            for func in listed:
                callers = self.stats[func][4]
                self.print_call_line(width, func, callers, '<-')
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print('Function '.ljust(name_size) + column_title, file=self.stream)
        # The sub-heading only for cProfile's statistics (callers with their own timings).
        for stat in self.stats.values():
            callers = stat[4]
            if callers:
                if isinstance(next(iter(callers.values())), tuple):
                    print(' ' * name_size + '    ncalls  tottime  cumtime', file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow='->'):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ''
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (calls.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left = name_size + 3
            print(indent * left + text, file=self.stream)
            indent = ' '

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        out = self.stream
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls = calls + '/' + str(cc)
        print(calls.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)


# ---- the marshal format of statistics files (dicts, tuples, ints, floats, strs) -----------------

def _marshal(value):
    out = bytearray()

    def put(v):
        if v is None:
            out.extend(b'N')
        elif v is True:
            out.extend(b'T')
        elif v is False:
            out.extend(b'F')
        elif isinstance(v, int):
            if -2 ** 31 <= v < 2 ** 31:
                out.extend(b'i' + struct.pack('<i', v))
            else:
                digits = []
                magnitude = abs(v)
                while magnitude:
                    digits.append(magnitude & 0x7fff)
                    magnitude >>= 15
                count = len(digits) if v > 0 else -len(digits)
                out.extend(b'l' + struct.pack('<i', count))
                for d in digits:
                    out.extend(struct.pack('<H', d))
        elif isinstance(v, float):
            out.extend(b'g' + struct.pack('<d', v))
        elif isinstance(v, str):
            data = v.encode('utf-8', 'surrogatepass')
            out.extend(b'u' + struct.pack('<I', len(data)) + data)
        elif isinstance(v, tuple):
            if len(v) < 256:
                out.extend(b')' + bytes([len(v)]))
            else:
                out.extend(b'(' + struct.pack('<I', len(v)))
            for item in v:
                put(item)
        elif isinstance(v, dict):
            out.extend(b'{')
            for key, item in v.items():
                put(key)
                put(item)
            out.extend(b'0')
        else:
            raise ValueError('unmarshallable object')

    put(value)
    return bytes(out)


def _unmarshal(data):
    refs = []
    pos = 0

    def take(n):
        nonlocal pos
        chunk = data[pos:pos + n]
        if len(chunk) < n:
            raise EOFError('EOF read where object expected')
        pos += n
        return chunk

    def get():
        code = take(1)[0]
        flagged = code & 0x80
        code &= 0x7f
        slot = None
        if flagged:
            slot = len(refs)
            refs.append(None)
        kind = chr(code)
        if kind == 'N':
            v = None
        elif kind == 'T':
            v = True
        elif kind == 'F':
            v = False
        elif kind == 'i':
            v = struct.unpack('<i', take(4))[0]
        elif kind == 'l':
            count = struct.unpack('<i', take(4))[0]
            v = 0
            for i in range(abs(count)):
                v |= struct.unpack('<H', take(2))[0] << (15 * i)
            v = -v if count < 0 else v
        elif kind == 'g':
            v = struct.unpack('<d', take(8))[0]
        elif kind in 'uta':
            n = struct.unpack('<I', take(4))[0]
            v = take(n).decode('utf-8' if kind in 'ut' else 'latin-1', 'surrogatepass')
        elif kind in 'zZ':
            n = take(1)[0]
            v = take(n).decode('latin-1')
        elif kind in ')(':
            n = take(1)[0] if kind == ')' else struct.unpack('<I', take(4))[0]
            if slot is not None:
                items = []
                for _ in range(n):
                    items.append(get())
                v = tuple(items)
            else:
                v = tuple(get() for _ in range(n))
        elif kind == '{':
            v = {}
            if slot is not None:
                refs[slot] = v
            while data[pos:pos + 1] != b'0':
                key = get()
                v[key] = get()
            take(1)
        elif kind == 'r':
            v = refs[struct.unpack('<I', take(4))[0]]
        else:
            raise ValueError('bad marshal data (unknown type code)')
        if slot is not None:
            refs[slot] = v
        return v

    return get()


if __name__ == '__main__':
    for name in sys.argv[1:]:
        Stats(name).print_stats()
