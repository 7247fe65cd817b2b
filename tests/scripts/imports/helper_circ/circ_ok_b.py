import circ_ok_a
def fb_name():
    return 'fb'
def call_a():
    return circ_ok_a.fa()
