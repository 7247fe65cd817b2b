LEAF = 'leaf'
def too_far():
    from .... import nothing
def no_name():
    from .. import not_there
