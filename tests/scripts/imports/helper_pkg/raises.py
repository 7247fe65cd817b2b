raise ValueError('raised while importing raises')
