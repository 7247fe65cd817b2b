# typing's module-level type variables and re-exported names (T, KT, VT, T_co..., GenericAlias,
# ABCMeta, abstractmethod, EXCLUDED_ATTRIBUTES).
import abc, types, typing
for n in ['T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co']:
    v = getattr(typing, n)
    print(n, repr(v), v.__covariant__, v.__contravariant__, v.__bound__)
print(typing.GenericAlias is types.GenericAlias, typing.ABCMeta is abc.ABCMeta,
      typing.abstractmethod is abc.abstractmethod)
print(typing.List[typing.T], typing.Dict[typing.KT, typing.VT_co])
print(typing.Dict[typing.KT, typing.VT][str, int])
print(len(typing.EXCLUDED_ATTRIBUTES), '__slots__' in typing.EXCLUDED_ATTRIBUTES)
print(callable(typing.MethodDescriptorType), isinstance(str.join, typing.MethodDescriptorType))
