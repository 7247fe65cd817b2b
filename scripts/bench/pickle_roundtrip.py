# pickle workload: a realistic nested structure (orders with customers as class instances, line
# items as tuples and dicts, shared references, sets, bytes, big ints and floats) dumped at the
# default protocol and at protocol 2, loaded back, and compared.
import pickle

from benchlib import run


class Customer:
    def __init__(self, cid, name, city, tags):
        self.cid = cid
        self.name = name
        self.city = city
        self.tags = tags

    def __eq__(self, other):
        return type(other) is Customer and self.__dict__ == other.__dict__


def document(n):
    cities = ["Zürich", "São Paulo", "Kraków", "Tokyo 東京", "New York", "Reykjavík"]
    customers = [Customer(c, f"Customer {c}", cities[c % len(cities)], {"early", "bulk"} if c % 3 == 0 else set())
                 for c in range(97)]
    orders = []
    for i in range(n):
        orders.append({
            "id": i,
            "customer": customers[i % 97],
            "items": [(f"SKU-{(i * 7 + k) % 1000:04d}", k + 1, round(3.75 * (k + 1) + i % 10 * 0.1, 2)) for k in range(i % 4 + 1)],
            "note": None if i % 2 else "leave at the door\n",
            "paid": i % 5 != 0,
            "digest": bytes([(i * 31 + j) % 256 for j in range(16)]),
            "serial": 2**70 + i,
            "total": round(17.5 * (i % 13) + 0.25, 2),
        })
    return {"version": 3, "orders": orders, "customers": customers}


def main():
    doc = document(2000)
    size = 0
    same = True
    for _ in range(56):
        for proto in (pickle.DEFAULT_PROTOCOL, 2):
            data = pickle.dumps(doc, proto)
            size += len(data)
            back = pickle.loads(data)
            same = same and back["orders"][0]["customer"] is back["customers"][0]
    same = same and back == doc
    return size, same


run(main)
