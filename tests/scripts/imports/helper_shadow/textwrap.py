print('the shadowing textwrap.py runs')
def dedent(text):
    return 'shadowed'
