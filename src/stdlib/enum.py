"""enum: enumerations — Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum — as Python 3.11 has
them, with auto(), unique, verify, member/nonmember, the enum.property descriptor and the
functional API (Enum('Name', 'A B C')).

How a class statement becomes an enumeration: EnumType.__prepare__ gives the class body an
_EnumDict, which records the member names (and resolves auto() values) as the body runs. Each
member value is then wrapped in a _Pending object; when the class object exists, Python calls
_Pending.__set_name__ for each one, in definition order, and that turns the value into the member
(or into an alias of an earlier member with the same value)."""

import sys as _sys
import builtins as _builtins
import types as _types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

# Filled in once the classes exist: EnumType.__new__ runs for them before they do.
Enum = None
Flag = None
ReprEnum = None
EJECT = None
_stdlib_enums = None


# ---------------------------------------------------------------------------------------------
# Small helpers

def _is_descriptor(obj):
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_internal_class(cls_name, obj):
    # A class defined in the enum's body ("Outer.Inner" by its qualified name).
    path = getattr(obj, '__qualname__', '') if isinstance(obj, type) else ''
    steps = path.split('.')
    return len(steps) > 1 and steps[-2] == cls_name


def _is_private(cls_name, name):
    # _ClassName__attr (name-mangled) is never a member.
    prefix = '_%s__' % (cls_name, )
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    # The set bits of a non-negative int (or member), lowest first.
    start = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError('%r is not a positive integer' % start)
    while num:
        low = num & -num
        yield low
        num ^= low


_iter_bits_lsb = _bits


def _high_bit(value):
    return value.bit_length() - 1


def show_flag_values(value):
    return list(_bits(value))


def bin(num, max_bits=None):
    """Like built-in bin(), but negative numbers in two's complement ('-0b1 0110'), and padded
    with the sign bit to max_bits digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = sign[-1] * (max_bits - len(digits)) + digits
    return "%s %s" % (sign, digits)


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return "%s(%s)" % (self.__class__.__qualname__,
                       ", ".join("%s=%r" % (k, getattr(self, k)) for k, f in fields.items() if f.repr))


def _data_format(data_type):
    # format() of a ReprEnum member as its data type formats (for types that have no
    # __format__ of their own to borrow).
    def __format__(self, format_spec):
        return format(data_type(self), format_spec)
    return __format__


def _data_str(data_type):
    # str() of a ReprEnum member: what its data type shows (object's own __str__ would give
    # the enum repr, so then the data type's repr is used).
    shows = data_type.__str__
    if shows is object.__str__:
        shows = data_type.__repr__

    def __str__(self):
        return shows(self)
    return __str__


def _plain_dir(obj):
    # What object.__dir__ lists: the instance's attributes and its classes'.
    names = set(getattr(obj, '__dict__', ()))
    for klass in type(obj).__mro__:
        names.update(klass.__dict__)
    return names


def _make_class_unpicklable(obj):
    def refuse(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    changes = {'__reduce_ex__': refuse, '__module__': '<unknown>'}
    for key, value in changes.items():
        if isinstance(obj, dict):
            obj[key] = value
        else:
            setattr(obj, key, value)


# ---------------------------------------------------------------------------------------------
# What a class body may hold besides plain values

class _Unset:
    # The value of an auto() that has not been given one yet.
    def __repr__(self):
        return '_auto_null'


_auto_null = _Unset()


class auto:
    """Placeholder: the member's value is chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member(object):
    """Forces `value` to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Keeps `value` from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_types.DynamicClassAttribute):
    """A property for enum members that also lets a member of the same name be reached through
    the class (Color.name is the member 'name' if there is one; Color.RED.name is the
    property)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            found = ownerclass._member_map_.get(self.name)
            if found is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return found
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _Pending(object):
    # A member value waiting for its class: __set_name__ makes the member.

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            made = enum_class._new_member_(enum_class, *args)
        else:
            made = enum_class._new_member_(enum_class)
        if not hasattr(made, '_value_'):
            if enum_class._member_type_ is object:
                made._value_ = value
            else:
                try:
                    made._value_ = enum_class._member_type_(*args)
                except Exception as failure:
                    problem = TypeError('_value_ not set in __new__, unable to create it')
                    problem.__cause__ = failure
                    raise problem
        value = made._value_
        made._name_ = member_name
        made.__objclass__ = enum_class
        made.__init__(*args)
        made._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            mask = enum_class._flag_mask_ | value
            enum_class._flag_mask_ = mask
            if _is_single_bit(value):
                enum_class._singles_mask_ = enum_class._singles_mask_ | value
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1
        # An earlier member with an equal value makes this name an alias of it.
        earlier = None
        try:
            earlier = enum_class._value2member_map_.get(value)
        except TypeError:
            for seen in enum_class._member_map_.values():
                if seen._value_ == value:
                    earlier = seen
                    break
        if earlier is not None:
            made = earlier
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
        # A property (or other descriptor) of that name in a base needs a redirect.
        found = None
        override = False
        for klass in enum_class.__mro__[1:]:
            found = klass.__dict__.get(member_name)
            if found is not None:
                if isinstance(found, (property, _types.DynamicClassAttribute)):
                    break
                override = True
        if found is not None and override:
            redirect = property()
            redirect.__set_name__(enum_class, member_name)
            redirect.member = made
            setattr(enum_class, member_name, redirect)
        elif found is None:
            setattr(enum_class, member_name, made)
        enum_class._member_map_[member_name] = made
        try:
            enum_class._value2member_map_.setdefault(value, made)
        except TypeError:
            enum_class._unhashable_values_.append(value)


_proto_member = _Pending

_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum's class body: records member names in order, refuses reuse of
    a name, and gives auto() its value."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._values_so_far = []
        self._ignored = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_used:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignored = value = names
                clash = set(names) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                # Called from here, so that a warning from it points at the class body.
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._values_so_far[:])
                    self._auto_used = True
                value = value.value
            elif isinstance(value, tuple):
                value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._values_so_far.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._values_so_far[:])
                self._auto_used = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, members, **more):
        pairs = members.items() if hasattr(members, 'keys') else members
        for key, value in pairs:
            self[key] = value
        for key, value in more.items():
            self[key] = value


# ---------------------------------------------------------------------------------------------
# The metaclass

class EnumType(type):
    """Metaclass of the enumerations: iteration, len(), `in`, item access by name, the
    functional API and the member bookkeeping."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        _member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for name in classdict['_ignore_']:
            classdict.pop(name, None)
        member_names = classdict._member_names
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        dict.__setitem__(classdict, '_new_member_', new_member)
        dict.__setitem__(classdict, '_use_args_', use_args)
        for name in member_names:
            dict.__setitem__(classdict, name, _Pending(classdict[name]))
        order = classdict.pop('_order_', None)
        for key, start in (('_member_names_', []), ('_member_map_', {}), ('_value2member_map_', {}),
                           ('_unhashable_values_', [])):
            dict.__setitem__(classdict, key, start)
        dict.__setitem__(classdict, '_member_type_', member_type)
        dict.__setitem__(classdict, '_value_repr_', metacls._find_data_repr_(cls, bases))
        dict.__setitem__(classdict, '_boundary_', boundary or getattr(first_enum, '_boundary_', None))
        for key in ('_flag_mask_', '_singles_mask_', '_all_bits_'):
            dict.__setitem__(classdict, key, 0)
        dict.__setitem__(classdict, '_inverted_', None)
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        except RuntimeError as problem:
            # A failing member creation comes wrapped by the __set_name__ machinery.
            failure = problem.__cause__ or problem
        if failure is not None:
            raise failure
        own = dict(enum_class.__dict__)

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in own:
                chosen = getattr(member_type, '__format__', None) or _data_format(member_type)
                enum_class.__format__ = chosen
                own['__format__'] = chosen
            if '__str__' not in own:
                chosen = _data_str(member_type)
                enum_class.__str__ = chosen
                own['__str__'] = chosen
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in own:
                # Inherited from the data type or object: the enum's own version wins.
                current = getattr(enum_class, name, None)
                replacement = getattr(first_enum, name, None)
                if replacement is not None and current in (getattr(member_type, name, None),
                                                           getattr(object, name, None)):
                    setattr(enum_class, name, replacement)

        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in own:
                    setattr(enum_class, op, getattr(Flag, op))

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if Flag is None or not issubclass(enum_class, Flag):
                if order != enum_class._member_names_:
                    raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                    % (enum_class._member_names_, order))
            else:
                canonical = [n for n in order if n in enum_class._member_map_
                             and _is_single_bit(enum_class[n]._value_)]
                if canonical != enum_class._member_names_:
                    raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                    % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(1) looks a member up by value; Enum('Color', 'RED GREEN') makes an enum."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                          "True or\nFalse depending on whether the value is a member or the "
                          "value of a member", DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        shown.add('__init_subclass__')     # a bound method is never object's own
        if cls._member_type_ is not object:
            shown |= set(dir(cls._member_type_))
        return sorted(shown)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        by_name = cls._member_map_
        return (by_name[n] for n in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Every member by name, aliases included (a read-only mapping)."""
        return _types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return "<%s %r>" % (kind, cls.__name__)

    def __reversed__(cls):
        by_name = cls._member_map_
        return (by_name[n] for n in cls._member_names_[::-1])

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: an enum named class_name with the given members ('A B',
        ['A', 'B'], [('A', 1), ...] or a mapping)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            plain, names = names, []
            so_far = []
            for count, name in enumerate(plain):
                value = first_enum._generate_next_value_(name, start, count, so_far[:])
                so_far.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                key, value = item
                classdict[key] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of the module-level names of `module` that pass `filter`, put in the
        module in place of them."""
        home = vars(_sys.modules[module])
        source = vars(source) if source else home
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            members.sort(key=lambda pair: pair[0])
        body = _EnumDict()
        body._cls_name = name
        body['_generate_next_value_'] = cls._generate_next_value_
        for key, value in members:
            body[key] = value
        body['__module__'] = module
        made = type(cls).__new__(type(cls), name, (cls,), body, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            _sys.modules[made.__module__].__dict__.update(made.__members__)
        home[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for root in bases:
            for klass in root.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, klass))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for root in bases:
            for klass in root.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    return klass._value_repr_
                own = klass.__dict__.get('__repr__')
                if own is not None:
                    made_by_dataclass = getattr(own, '__qualname__', '').endswith('__create_fn__.<locals>.__repr__')
                    if '__dataclass_fields__' in klass.__dict__ and made_by_dataclass:
                        return _dataclass_repr
                    return own
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for root in bases:
            first_plain = None
            for klass in root.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        found.add(klass._member_type_)
                        break
                elif '__new__' in vars(klass) or '__dataclass_fields__' in vars(klass):
                    found.add(first_plain or klass)
                    break
                elif first_plain is None:
                    first_plain = klass
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        # The __new__ that makes members: the class's own, else its data type's or its
        # enum base's saved one; use_args says whether it takes the member value.
        own = classdict.get('__new__', None)
        save_new = first_enum is not None and own is not None
        if own is None:
            for method in ('__new_member__', '__new__'):
                for source in (member_type, first_enum):
                    target = getattr(source, method, None)
                    if target not in (None, None.__new__, object.__new__, Enum.__new__):
                        own = target
                        break
                if own is not None:
                    break
            else:
                own = object.__new__
        use_args = not (first_enum is None or own in (Enum.__new__, object.__new__))
        return own, save_new, use_args


EnumMeta = EnumType


# ---------------------------------------------------------------------------------------------
# Enum

class Enum(metaclass=EnumType):
    """Base of enumerations: a class whose attributes (the members) are its only instances.
    Color(1) finds a member by value, Color['RED'] by name."""

    def __new__(cls, value):
        # Looks a member up (called as Color(value)); members themselves are made by
        # _Pending with the class's _new_member_.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as problem:
            failure = problem
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(result, int)):
                return result
            not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and failure is None:
                raise not_valid
            if failure is None:
                failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                    'valid member' % (cls.__name__, result))
            if not isinstance(failure, ValueError):
                failure.__context__ = not_valid
            raise failure
        finally:
            failure = None
            not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest value so far (start for the
        first member)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                          "values to be sortable and support adding +1\nand the value returned "
                          "will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=3)
            for previous in reversed(last_values):
                try:
                    return previous + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = (type(self)._value_repr_ or repr)(self._value_)
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, shown)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = _plain_dir(self)
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                names.add(name)
        for klass in type(self).mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose members show as enums in repr() but as their data type in str() and
    format()."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs (auto() gives the lower-cased name)."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    # A global enum's members pickle as the module-level name.
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


# ---------------------------------------------------------------------------------------------
# Flags

class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that belong to no member: STRICT refuses them, CONFORM
    drops them, EJECT gives a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with |, &, ^ and ~ into (pseudo-)members."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            top = _high_bit(last)
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            rule = cls._boundary_
            if rule is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if rule is CONFORM:
                value &= flag_mask
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles
        single_bits = value & singles
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if single_bits or aliases:
            parts = []
            covered = 0
            for found in cls._iter_member_(single_bits):
                parts.append(found)
                covered |= found._value_
            if aliases:
                value = single_bits | aliases
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & value == bits:
                        parts.append(candidate)
                        covered |= bits
            unknown = value ^ covered
            pseudo._name_ = '|'.join(p._name_ for p in parts)
            if not covered:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _builtins.bin(self._value_).count('1')

    def __repr__(self):
        kind = type(self)
        shown = (kind._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (kind.__name__, shown)
        return "<%s.%s: %s>" % (kind.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


# ---------------------------------------------------------------------------------------------
# Decorators and checks

def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    doubles = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if doubles:
        listed = ', '.join("%s -> %s" % pair for pair in doubles)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, listed))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the enumeration for the given EnumCheck properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        kind = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                doubles = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if doubles:
                    listed = ', '.join("%s -> %s" % pair for pair in doubles)
                    raise ValueError('aliases found in %r: %s' % (enumeration, listed))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    wanted = set(2 ** i for i in range(_high_bit(low), _high_bit(high) + 1))
                else:
                    wanted = set(range(low, high + 1))
                missing = sorted(wanted - values)
                if missing:
                    shown = ', '.join(str(v) for v in missing)
                    raise ValueError(('invalid %s %r: missing values %s' % (kind, name, shown))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missing_names = []
                missing_value = 0
                for n, alias in enumeration._member_map_.items():
                    if n in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    wanted = list(_bits(alias.value))
                    absent = [v for v in wanted if v not in enumeration._value2member_map_]
                    if absent:
                        missing_names.append(n)
                        missing_value |= sum(absent)
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]),
                                                                   missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (name, alias, value))
        return enumeration


# ---------------------------------------------------------------------------------------------
# Module-level ("global") enums

def global_enum_repr(self):
    """repr of a global enum's member: module.NAME."""
    home = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (home, self._name_)


def global_flag_repr(self):
    """repr of a global flag's member: module.A|module.B (or module.Class(value))."""
    home = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (home, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (home, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join('%s.%s' % (home, n) for n in self.name.split('|'))
    shown = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            shown.append(n)
        else:
            shown.append('%s.%s' % (home, n))
    return '|'.join(shown)


def global_str(self):
    """str of a global enum's member: just its name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members go into the module's namespace, and reprs show them as
    module-level names."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator building an enum from a plain class quickly (used by the standard
    library for its own enums)."""
    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
        body.pop('__qualname__', None)
        namespace = EnumType.__prepare__(cls.__name__, (etype,))
        for key, value in body.items():
            namespace[key] = value
        made = EnumType.__new__(EnumType, cls.__name__, (etype,), namespace, boundary=boundary)
        made.__qualname__ = cls.__qualname__
        return made
    return convert_class
