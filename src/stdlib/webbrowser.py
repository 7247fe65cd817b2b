"""Interfaces for launching and remotely controlling web browsers.

On first use the browsers found on this machine are registered in order of preference: the
graphical ones when a display is set (xdg-open, gio, firefox, chrome...), the text ones when a
terminal is (www-browser, links, elinks, lynx, w3m), and first of all the commands listed in
$BROWSER. get() returns a controller, open() tries each browser in turn.
"""

import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_lock = threading.RLock()
_browsers = {}               # lower-cased name -> [class, instance]
_tryorder = None             # names, most preferred first; None until first use
_os_preferred_browser = None


def _ensure_registered():
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()


def register(name, klass, instance=None, *, preferred=False):
    """Add browser *name* (a class to instantiate, or an *instance*) to those tried, first
    when *preferred*."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        _browsers[name.lower()] = [klass, instance]  # looked up case-insensitively
        first = preferred or (_os_preferred_browser and name in _os_preferred_browser)
        if first:
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def get(using=None):
    """The controller for browser *using*, or for the first usable registered browser."""
    _ensure_registered()
    for browser in ([using] if using is not None else _tryorder):
        if "%s" in browser:
            # A command line with the URL's place marked; "&" at its end: run in background.
            words = shlex.split(browser)
            if words[-1] == "&":
                return BackgroundBrowser(words[:-1])
            return GenericBrowser(words)
        entry = _browsers.get(browser.lower()) or _synthesize(browser)
        klass, instance = entry
        if instance is not None:
            return instance
        if klass is not None:
            return klass()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Display *url* with the first browser that can: *new* 0 reuses a window, 1 asks for a new
    window, 2 for a new tab; *autoraise* brings the window forward where possible."""
    _ensure_registered()
    for name in _tryorder:
        if get(name).open(url, new, autoraise):
            return True
    return False


def open_new(url):
    """open(url) in a new window where possible."""
    return open(url, 1)


def open_new_tab(url):
    """open(url) in a new tab where possible (else as open_new)."""
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """A controller for the command line *browser* made from a registered one of the same
    program (so $BROWSER may name a program by its full path), or [None, None]."""
    program = browser.split()[0]
    if not shutil.which(program):
        return [None, None]
    name = os.path.basename(program).lower()
    known = _browsers.get(name)
    if known is None:
        return [None, None]
    controller = known[1]
    if controller and name == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


def _command(name, args, url):
    return [name] + [a.replace("%s", url) for a in args]


class BaseBrowser(object):
    """What every browser controller offers; subclasses define open()."""

    args = ["%s"]

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command (a name, or a list of the program and its arguments with
    "%s" for the URL), waited for; no remote control."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name, self.args = name, ["%s"]
        else:
            self.name, self.args = name[0], name[1:]
        self.basename = os.path.basename(self.name)

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        try:
            return not subprocess.Popen(_command(self.name, self.args, url), close_fds=True).wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A GenericBrowser left running in the background."""

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        try:
            p = subprocess.Popen(_command(self.name, self.args, url), close_fds=True, start_new_session=True)
        except OSError:
            return False
        return p.poll() is None


class UnixBrowser(BaseBrowser):
    """A browser that can be told, through its command line, to open a URL in a running
    instance (remote_args with "%action"); started afresh when that fails."""

    raise_opts = None
    background = False
    redirect_stdout = True
    remote_args = ["%action", "%s"]
    remote_action = None
    remote_action_newwin = None
    remote_action_newtab = None

    def _invoke(self, args, remote, autoraise, url=None):
        extra = []
        if remote and self.raise_opts:
            chosen = self.raise_opts[int(autoraise)]
            extra = [chosen] if chosen else []
        quiet = subprocess.DEVNULL if (remote or self.background) else None
        p = subprocess.Popen([self.name] + extra + args, close_fds=True, stdin=quiet,
                             stdout=(self.redirect_stdout and quiet or None), stderr=quiet,
                             start_new_session=True)
        if remote:
            try:
                return not p.wait(5)
            except subprocess.TimeoutExpired:
                return True
        if self.background:
            return p.poll() is None
        return not p.wait()

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        if new == 0:
            action = self.remote_action
        elif new == 1:
            action = self.remote_action_newwin
        elif new == 2:
            action = self.remote_action_newwin if self.remote_action_newtab is None else self.remote_action_newtab
        else:
            raise Error("Bad 'new' parameter to open(); expected 0, 1, or 2, got %s" % new)
        remote = [a.replace("%s", url).replace("%action", action) for a in self.remote_args]
        if self._invoke([a for a in remote if a], True, autoraise, url):
            return True
        return self._invoke([a.replace("%s", url) for a in self.args], False, False)


class Mozilla(UnixBrowser):
    """Firefox and its relatives."""
    remote_args, remote_action, remote_action_newwin, remote_action_newtab, background = (
        ["%action", "%s"], "", "-new-window", "-new-tab", True)


class Netscape(UnixBrowser):
    """Netscape and the old Mozilla suite (the -remote protocol)."""
    raise_opts, remote_args, remote_action, remote_action_newwin, remote_action_newtab, background = (
        ["-noraise", "-raise"], ["-remote", "openURL(%s%action)"], "", ",new-window", ",new-tab", True)


class Galeon(UnixBrowser):
    """Galeon and Epiphany."""
    raise_opts, remote_args, remote_action, remote_action_newwin, background = (
        ["-noraise", ""], ["%action", "%s"], "-n", "-w", True)


class Chrome(UnixBrowser):
    """Google Chrome and Chromium."""
    remote_args, remote_action, remote_action_newwin, remote_action_newtab, background = (
        ["%action", "%s"], "", "--new-window", "", True)


Chromium = Chrome


class Opera(UnixBrowser):
    """Opera."""
    remote_args, remote_action, remote_action_newwin, remote_action_newtab, background = (
        ["%action", "%s"], "", "--new-window", "", True)


class Elinks(UnixBrowser):
    """ELinks, in the terminal."""
    remote_args, remote_action, remote_action_newwin, remote_action_newtab, background, redirect_stdout = (
        ["-remote", "openURL(%s%action)"], "", ",new-window", ",new-tab", False, False)


class Konqueror(BaseBrowser):
    """KDE's browser, through kfmclient, else konqueror, else kfm."""

    def open(self, url, new=0, autoraise=True):
        sys.audit("webbrowser.open", url)
        quiet = dict(close_fds=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
        try:
            p = subprocess.Popen(["kfmclient", "newTab" if new == 2 else "openURL", url], **quiet)
        except OSError:
            pass
        else:
            p.wait()
            return True
        for cmd in (["konqueror", "--silent", url], ["kfm", "-d", url]):
            try:
                p = subprocess.Popen(cmd, start_new_session=True, **quiet)
            except OSError:
                continue
            if p.poll() is None:
                return True
        return False


# Graphical browsers in order of preference: (name, needed environment variable or None,
# class to register with no instance or None, how to make the controller).
_X_BROWSERS = [
    ("xdg-open", None, None, BackgroundBrowser),
    ("gio", None, None, lambda name: BackgroundBrowser([name, "open", "--", "%s"])),
    ("gvfs-open", "GNOME_DESKTOP_SESSION_ID", None, BackgroundBrowser),
    ("kfmclient", "KDE_FULL_SESSION", Konqueror, Konqueror),
    ("x-www-browser", None, None, BackgroundBrowser),
    ("firefox", None, None, Mozilla), ("iceweasel", None, None, Mozilla),
    ("iceape", None, None, Mozilla), ("seamonkey", None, None, Mozilla),
    ("mozilla-firefox", None, None, Netscape), ("mozilla-firebird", None, None, Netscape),
    ("firebird", None, None, Netscape), ("mozilla", None, None, Netscape),
    ("netscape", None, None, Netscape),
    ("kfm", None, Konqueror, Konqueror),
    ("konqueror", None, Konqueror, Konqueror),  # only when kfm is missing
    ("galeon", None, None, Galeon), ("epiphany", None, None, Galeon),
    ("skipstone", None, None, BackgroundBrowser),
    ("google-chrome", None, None, Chrome), ("chrome", None, None, Chrome),
    ("chromium", None, None, Chrome), ("chromium-browser", None, None, Chrome),
    ("opera", None, None, Opera),
    ("mosaic", None, None, BackgroundBrowser),
]


def register_X_browsers():
    for name, variable, klass, make in _X_BROWSERS:
        if variable is not None and variable not in os.environ:
            continue
        if name == "konqueror" and shutil.which("kfm"):
            continue
        if shutil.which(name):
            register(name, klass, make(name))


def register_standard_browsers():
    global _tryorder, _os_preferred_browser
    _tryorder = []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        try:
            answer = subprocess.check_output(["xdg-settings", "get", "default-web-browser"],
                                             stderr=subprocess.DEVNULL)
        except (FileNotFoundError, subprocess.CalledProcessError, PermissionError, NotADirectoryError):
            pass
        else:
            _os_preferred_browser = answer.decode().strip()
        register_X_browsers()
    if os.environ.get("TERM"):
        for name, klass in (("www-browser", GenericBrowser), ("links", GenericBrowser),
                            ("elinks", Elinks), ("lynx", GenericBrowser), ("w3m", GenericBrowser)):
            if shutil.which(name):
                register(name, None, klass(name))
    if "BROWSER" in os.environ:
        # The first one listed ends up first.
        for cmdline in reversed(os.environ["BROWSER"].split(os.pathsep)):
            if cmdline and _synthesize(cmdline, preferred=True)[1] is None:
                register(cmdline, None, GenericBrowser(cmdline), preferred=True)


def main():
    import getopt
    usage = "Usage: %s [-n | -t] url\n    -n: open new window\n    -t: open new tab" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], "ntd")
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for o, _ in opts:
        if o == "-n":
            new_win = 1
        elif o == "-t":
            new_win = 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
