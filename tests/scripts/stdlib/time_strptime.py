import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s, fmt in [('2021-03-14 15:09:26', '%Y-%m-%d %H:%M:%S'), ('14 Mar 2021', '%d %b %Y'), ('Sun Mar 14 15:09:26 2021', None),
               ('5 PM', '%I %p'), ('2021 073', '%Y %j'), ('2021-03-14 +0200', '%Y-%m-%d %z'), ('UTC', '%Z'),
               ('29 Feb', '%d %b'), ('2021 10 3', '%G %V %u'), ('x', '%Y'), ('2021x', '%Y'), ('2021', '%Y %E')]:
    if fmt is None:
        show(lambda: time.strptime(s))
    else:
        show(lambda: time.strptime(s, fmt))
t = time.strptime('2021-03-14', '%Y-%m-%d')
print(t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_zone, t.tm_gmtoff, tuple(t))
show(lambda: time.strptime(5))
show(lambda: time.strptime('a', 5))
# process_time counts CPU time, not sleeping
p0 = time.process_time()
time.sleep(0.3)
p1 = time.process_time()
print(p1 - p0 < 0.2, type(p1).__name__, type(time.process_time_ns()).__name__)
n = 0
for i in range(200000):
    n += i
print(time.process_time() >= p1)
