# sysconfig's install schemes and version/platform answers; site's user and global package folders.
import os
import site
import sys
import sysconfig


def shown(path):
    return path.replace(sys.prefix, 'PREFIX').replace(os.path.expanduser('~'), 'HOME')


for scheme in sysconfig.get_scheme_names():
    print(scheme, {key: shown(value) for key, value in sysconfig.get_paths(scheme).items()})
    print('   ', sysconfig.get_paths(scheme, expand=False))
print(sysconfig.get_python_version(), sysconfig.get_platform(), sysconfig.get_default_scheme(),
      sysconfig.get_preferred_scheme('user'), sysconfig.get_preferred_scheme('home'), sysconfig.get_path_names())
print(sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('VERSION'),
      sysconfig.get_config_vars('py_version_short', 'no_such_var'), shown(sysconfig.get_config_var('prefix')))
print(sysconfig.get_paths(vars={'base': '/x', 'platbase': '/x'})['purelib'], shown(sysconfig.get_path('scripts')))
print(sysconfig.get_path('data', 'posix_home', {'base': '/opt/app'}), sysconfig.is_python_build())
for bad in (lambda: sysconfig.get_paths('nope'), lambda: sysconfig.get_preferred_scheme('bad'),
            lambda: sysconfig.get_path('nope')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)

print(site.ENABLE_USER_SITE, shown(site.USER_BASE), shown(site.USER_SITE), shown(site.getuserbase()),
      shown(site.getusersitepackages()))
print([shown(p) for p in site.getsitepackages()], site.getsitepackages(['/a', '/b', '/a']))
print(site.makepath('a', 'b')[0] == os.path.abspath('a/b'), [shown(p) for p in site.PREFIXES])
print(site.check_enableusersite())
