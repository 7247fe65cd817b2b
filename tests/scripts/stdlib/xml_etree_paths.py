# ElementPath: the path forms find/findall/findtext/iterfind take, with and without namespaces.
import xml.etree.ElementTree as ET
doc = """<r xmlns:a="urn:a"><x id="1"><y>t1</y><y k="v">t2</y><z/></x><x id="2"><y>t3</y><a:w>aw</a:w></x><q><x id="3"/></q></r>"""
root = ET.fromstring(doc)
paths = ["x", "x/y", "*/y", ".//y", "./x", "x[@id]", "x[@id='2']", "x[@id!='2']", "x/y[@k]", "x/y[@k='v']", "x[y]",
         "x[y='t3']", "x/y[1]", "x/y[2]", "x/y[last()]", "x/y[last()-1]", ".//x", ".//x[@id='3']", "q/x/..", "x/..",
         ".", "./", "*", ".//*", "x/{urn:a}w", ".//{urn:a}*", ".//{*}w", "{*}x", "x[.='t1']", "x/y[.='t2']",
         ".//y/..", "x/*", "q//x", "nonexistent", "x[2]", "x[3]", "x/y/..[@id='1']"]
for p in paths:
    try:
        print(p, [(e.tag, e.get("id"), e.text) for e in root.findall(p)])
    except SyntaxError as e:
        print(p, "SyntaxError", e)
print(root.findall("a:w", {"a": "urn:a"}), [e.text for e in root.findall(".//a:w", {"a": "urn:a"})])
print([e.tag for e in root.iterfind(".//y")], root.findtext("x/y"), root.findtext("x/z"), root.findtext("x/nope", "D"))
for bad in ["/x", "x//", "p:x"]:
    try:
        print(bad, [e.tag for e in root.findall(bad)])
    except SyntaxError as e:
        print(bad, "SyntaxError", e)
    except Exception as e:
        print(bad, type(e).__name__, e)
tree = ET.ElementTree(root)
print([e.tag for e in tree.findall("x")], [e.tag for e in tree.iter("y")])
