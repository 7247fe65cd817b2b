# datetime values pickle to CPython's bytes (packed state) at every protocol and load back.
import pickle, datetime as d
for v in [d.date(2024,2,29), d.datetime(2020,1,2,3,4,5,6), d.datetime(2020,1,2,tzinfo=d.timezone.utc), d.time(1,2,3,4,fold=1), d.time(23,59), d.timedelta(3,4,5), d.datetime(1,1,1,fold=1), d.timezone(d.timedelta(hours=2),'X')]:
    for p in range(6):
        b=pickle.dumps(v,p); print(p, b, pickle.loads(b)==v)
