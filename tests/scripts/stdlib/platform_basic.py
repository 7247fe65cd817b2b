# platform: the answers agree with os.uname and sys; shapes and formats that do not depend on the machine.
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(tuple(u)[:5] == tuple(os.uname()), u.system == platform.system() == os.uname().sysname)
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release,
      platform.version() == os.uname().version, platform.machine() == os.uname().machine)
print(u[0] == u.system, u[-1] == u.processor, list(u)[5] == platform.processor(), u[:2] == (u.system, u.node))
print(platform.uname_result('a', 'b', 'c', 'd', 'e'))
print(platform.system(), isinstance(platform.processor(), str))
name = platform.platform()
print(name.startswith(f'{platform.system()}-{platform.release()}-{platform.machine()}'), '-with-glibc' in name)
print(platform.platform(terse=True) == name, platform.platform(aliased=True) == name)
lib, ver = platform.libc_ver()
print(lib, ver.count('.') >= 1, all(p.isdigit() for p in ver.split('.')))
print(platform.architecture(), platform.architecture('/etc/hostname'), platform.architecture('/no/such/file'))
print(platform.architecture(sys.executable))
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__)
print(platform.system_alias('Linux', '6.1', '#1'), platform.mac_ver(), platform.win32_ver(),
      platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
info = platform.freedesktop_os_release()
print(type(info).__name__, {'NAME', 'ID'} <= set(info), info is not platform.freedesktop_os_release())
print(os.uname().sysname, len(os.uname()), type(os.uname()).__name__, repr(os.uname()).startswith('posix.uname_result(sysname='))
