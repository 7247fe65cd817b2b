# webbrowser: registering controllers, get() by name and by command line, open() trying them in
# order, BROWSER, and the error when nothing runs; compared with python3.
import os
import webbrowser

os.environ["BROWSER"] = os.pathsep.join(["true %s", "false %s"])
opened = []


class Recorder(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        opened.append((self.name, url, new, autoraise))
        return self.name != "refuses"


webbrowser.register("Recorder", None, Recorder("recorder"))
webbrowser.register("refuses", None, Recorder("refuses"), preferred=True)
webbrowser.register("ByClass", Recorder)
print(type(webbrowser.get("recorder")).__name__, webbrowser.get("RECORDER").name)
print(type(webbrowser.get("byclass")).__name__, webbrowser.get("byclass").name == "")
print(webbrowser._tryorder[:3])
g = webbrowser.get("echo %s &")
print(type(g).__name__, g.name, g.args, g.basename)
g = webbrowser.get("/bin/echo -n %s")
print(type(g).__name__, g.name, g.args, g.basename)
print(webbrowser.get("true %s").open("http://example.com/"))
print(webbrowser.get("false %s").open("http://example.com/"))
print(webbrowser.GenericBrowser("/no/such/browser").open("x"))
print(webbrowser.open("http://a/"), webbrowser.open_new("http://b/"), webbrowser.open_new_tab("http://c/"))
print(opened)
r = Recorder("r")
print(r.open_new("u"), r.open_new_tab("v"), opened[-2:])
try:
    webbrowser.get("no-such-browser-here")
except webbrowser.Error as e:
    print("Error", e)
try:
    webbrowser.BaseBrowser("x").open("u")
except NotImplementedError:
    print("NotImplementedError")
try:
    webbrowser.Mozilla("firefox").open("u", new=5)
except webbrowser.Error as e:
    print("Error", e)
print(webbrowser.Chromium is webbrowser.Chrome, issubclass(webbrowser.BackgroundBrowser, webbrowser.GenericBrowser))
