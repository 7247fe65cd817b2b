# gettext: .mo catalogs written here (both byte orders), GNUTranslations lookups with plurals and
# contexts, translation/find over a locale tree with fallbacks, install, the module-level
# functions, and c2py's plural rules and errors; compared with python3.
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo_bytes(messages, order="<"):
    """A .mo file holding `messages` (a dict of id bytes to translation bytes)."""
    keys = sorted(messages)
    ids = b""
    strs = b""
    id_entries = []
    str_entries = []
    start = 7 * 4 + 16 * len(keys)
    for k in keys:
        id_entries.append((len(k), len(ids)))
        ids += k + b"\0"
    for k in keys:
        v = messages[k]
        str_entries.append((len(v), len(strs)))
        strs += v + b"\0"
    head = struct.pack(order + "Iiiiiii", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    table = b""
    for n, off in id_entries:
        table += struct.pack(order + "ii", n, start + off)
    for n, off in str_entries:
        table += struct.pack(order + "ii", n, start + len(ids) + off)
    return head + table + ids + strs


HEADER = (b"Project-Id-Version: demo\n"
          b"Content-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
FR = {
    b"": HEADER,
    b"Hello": "Bonjour".encode(),
    b"cafe": "café".encode(),
    b"file\0files": b"fichier\0fichiers (peu)\0fichiers",
    b"menu\x04Open": b"Ouvrir",
    b"menu\x04item\0items": b"element\0elements\0elements!",
}
DE = {b"": b"Content-Type: text/plain; charset=UTF-8\n", b"Hello": b"Hallo", b"Bye": b"Tschuss"}

with tempfile.TemporaryDirectory() as root:
    for lang, cat in (("fr", FR), ("de_DE", DE)):
        d = os.path.join(root, lang, "LC_MESSAGES")
        os.makedirs(d)
        with open(os.path.join(d, "demo.mo"), "wb") as f:
            f.write(mo_bytes(cat))
    t = gettext.translation("demo", root, languages=["fr"])
    print(type(t).__name__, t.charset(), sorted(t.info().items()))
    print(t.gettext("Hello"), t.gettext("cafe"), t.gettext("missing"))
    for n in (0, 1, 2, 5, 11, 21, 22, 25, 101):
        print(n, t.ngettext("file", "files", n), t.npgettext("menu", "item", "items", n))
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 3))
    print(t.plural(3), t.plural(25))

    chain = gettext.translation("demo", root, languages=["fr", "de_DE"])
    print(chain.gettext("Bye"), chain.gettext("Hello"))
    print(gettext.find("demo", root, languages=["de_DE.UTF-8"]) == os.path.join(root, "de_DE", "LC_MESSAGES", "demo.mo"))
    print(len(gettext.find("demo", root, languages=["fr", "de", "de_DE"], all=True)))
    print(gettext.find("demo", root, languages=["it"]), gettext.find("demo", root, languages=["it"], all=True))
    try:
        gettext.translation("demo", root, languages=["it"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
    null = gettext.translation("demo", root, languages=["it"], fallback=True)
    print(type(null).__name__, null.gettext("Hello"), null.ngettext("a", "b", 2), null.info(), null.charset())

    t.install(names=["ngettext"])
    print(_("Hello"), builtins.ngettext("file", "files", 2))
    del builtins._, builtins.ngettext

    gettext.bindtextdomain("demo", root)
    print(gettext.bindtextdomain("demo") == root, gettext.textdomain(), gettext.textdomain("demo"))
    os.environ["LANGUAGE"] = "fr"
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 3), gettext.pgettext("menu", "Open"))
    print(gettext.dgettext("nothing", "Hello"), gettext.dngettext("nothing", "x", "y", 2))
    gettext.install("demo", root)
    print(_("Hello"))
    del builtins._

    with open(os.path.join(root, "be.mo"), "wb") as f:
        f.write(mo_bytes({b"yes": b"oui"}, ">").replace(struct.pack("<I", 0x950412DE), struct.pack(">I", 0x950412DE), 1))
    with open(os.path.join(root, "be.mo"), "rb") as f:
        print(gettext.GNUTranslations(f).gettext("yes"))

for bad in (b"\x00\x00\x00\x00" + b"\0" * 16, struct.pack("<IIIII", 0x950412DE, 5 << 16, 0, 0, 0)):
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except OSError as e:
        print("OSError", e.args)

for rule in ["n != 1", "n>1", "n==1 ? 0 : n==2 ? 1 : 2", "(n%10==1 && n%100!=11) ? 0 : 1", "!n", "n/3", "0",
             "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
             "n < 2 < 3", "!(n > 1)"]:
    f = gettext.c2py(rule)
    print(rule, [f(i) for i in (0, 1, 2, 3, 5, 11, 12, 102, 111)])
for rule in ["n +", "(n", "n ? 1", "x", "n ; 1", "1 2", "", "n" + " + n" * 600, "(" * 30 + "n" + ")" * 30]:
    try:
        gettext.c2py(rule)
    except ValueError as e:
        print(repr(rule[:20]), "ValueError", e)
try:
    gettext.c2py("n != 1")("3")
except TypeError as e:
    print("TypeError", e)
