# Exceptions in a loop: raising and catching built-in and user exceptions, try/finally, else,
# re-raising with a cause, EAFP dictionary and attribute access, and a with-statement.
from benchlib import run


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field = field


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            self.log[1] += 1
            return True
        return False


def validate(record):
    if record["age"] < 0:
        raise ValidationError("age", record["age"])
    if not record["name"]:
        raise ValidationError("name", record["name"])
    return record["age"]


def parse_int(text):
    try:
        return int(text)
    except ValueError:
        return None


def main():
    caught = {}
    total = 0
    finals = 0
    log = [0, 0]
    cache = {}
    for i in range(250_000):
        record = {"name": "" if i % 11 == 0 else "n", "age": -1 if i % 7 == 0 else i % 90}
        try:
            total += validate(record)
        except ValidationError as e:
            caught[e.field] = caught.get(e.field, 0) + 1
        else:
            total += 1
        finally:
            finals += 1
        v = parse_int("x" if i % 5 == 0 else str(i))
        if v is None:
            total -= 1
        try:
            total += cache[i % 100]
        except KeyError:
            cache[i % 100] = i
        try:
            try:
                if i % 13 == 0:
                    {}["missing"]
            except KeyError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            caught["cause"] = caught.get("cause", 0) + (e.__cause__ is not None)
        with Guard(log):
            if i % 17 == 0:
                raise KeyError(i)
    return total, sorted(caught.items()), finals, log


run(main, repeat=4)
