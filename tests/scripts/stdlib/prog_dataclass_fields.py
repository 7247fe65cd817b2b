# Field objects as dataclasses shows them: metadata is a read-only mapping, the field kind
# markers have CPython's names.
from dataclasses import dataclass, field, fields, KW_ONLY, MISSING, InitVar
from typing import ClassVar, List


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    tags: List[str] = field(default_factory=list, metadata={"help": "tags"})
    counter: ClassVar[int] = 0
    seed: InitVar[int] = 0

    def __post_init__(self, seed):
        pass


for f in fields(Config):
    print(f.name, f.type, f.kw_only, f.metadata, f._field_type, f.default is MISSING, f.default_factory is MISSING)
print(type(fields(Config)[2].metadata).__name__, fields(Config)[2].metadata["help"])
try:
    fields(Config)[2].metadata["x"] = 1
except TypeError as e:
    print(e)
print(Config.__dataclass_fields__["counter"]._field_type, Config.__dataclass_fields__["seed"]._field_type)
print(repr(fields(Config)[0]).replace(repr(MISSING), "MISSING"))
