"""logging.config.fileConfig from an ini file, a ConfigParser and a file object; missing and empty files."""
import logging, logging.config, tempfile, os, sys
ini = """
[loggers]
keys=root,app,app.db

[handlers]
keys=console,err

[formatters]
keys=simple,brief

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=DEBUG
handlers=err
qualname=app
propagate=1

[logger_app.db]
level=INFO
handlers=
qualname=app.db
propagate=1

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_err]
class=logging.StreamHandler
level=ERROR
formatter=brief
args=(sys.stdout,)

[formatter_simple]
format=%(name)s:%(levelname)s:%(message)s
datefmt=

[formatter_brief]
format=BRIEF %(levelname)-8s %(message)s
"""
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'log.ini')
    with open(path, 'w') as f:
        f.write(ini)
    logging.config.fileConfig(path)
    log = logging.getLogger('app')
    log.debug('debug msg'); log.info('info %d', 3); log.error('bad thing')
    logging.getLogger('app.db').info('db info'); logging.getLogger('app.db').debug('hidden')
    logging.getLogger('other').warning('other warn'); logging.getLogger('other').info('hidden')
    print(logging.getLogger().level, log.level, [type(h).__name__ for h in log.handlers], log.propagate)
    import configparser
    cp = configparser.ConfigParser(); cp.read_string(ini)
    logging.config.fileConfig(cp, disable_existing_loggers=False)
    logging.getLogger('app').critical('via parser')
    import io
    logging.config.fileConfig(io.StringIO(ini))
    logging.getLogger('app').error('via file object')
    try:
        logging.config.fileConfig(os.path.join(d, 'missing.ini'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'DIR'))
    with open(os.path.join(d, 'empty.ini'), 'w') as f: f.write('')
    try:
        logging.config.fileConfig(os.path.join(d, 'empty.ini'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'DIR'))
