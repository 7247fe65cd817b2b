import circ_ok_b
def fa():
    return 'fa sees ' + circ_ok_b.fb_name()
