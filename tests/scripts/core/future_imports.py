"""A docstring may come before future imports."""
from __future__ import annotations
from __future__ import division, print_function, generator_stop, nested_scopes, generators, absolute_import, with_statement, unicode_literals
import __future__


def f(x: int, y: List[int] = None, *args: str, z: undefined_name = 3, **kw: Dict) -> Optional[str]:
    return x


print(sorted(f.__annotations__.items()))


class C:
    a: int
    b: SomethingNotDefined = 5
    c: 'quoted'

    def m(self) -> C:
        return self


print(C.__annotations__, C.b)
x: Tuple[int, str] = (1, 'a')
print(__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
print(__future__.annotations)
print(type(__future__.annotations).__name__)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED)
print(annotations is __future__.annotations, division)
