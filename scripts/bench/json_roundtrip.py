# json workload: a realistic document (orders with customers, line items, unicode text, floats,
# booleans and nulls) dumped compactly and indented, loaded back, and compared.
import json

from benchlib import run


def document(n):
    cities = ["Zürich", "São Paulo", "Kraków", "Tokyo 東京", "New York", "Reykjavík"]
    orders = []
    for i in range(n):
        orders.append({
            "id": i,
            "customer": {"name": f"Customer {i % 97}", "city": cities[i % len(cities)], "vip": i % 5 == 0,
                         "tags": ["early", "bulk"] if i % 3 == 0 else []},
            "items": [{"sku": f"SKU-{(i * 7 + k) % 1000:04d}", "qty": k + 1, "price": round(3.75 * (k + 1) + i % 10 * 0.1, 2)}
                      for k in range(i % 4 + 1)],
            "note": None if i % 2 else "leave at the door \"please\"\n",
            "total": round(17.5 * (i % 13) + 0.25, 2),
        })
    return {"version": 3, "generated": "2024-05-01T12:00:00Z", "orders": orders}


def main():
    doc = document(2000)
    size = 0
    same = True
    for _ in range(18):
        compact = json.dumps(doc)
        pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
        size += len(compact) + len(pretty)
        back = json.loads(compact)
        again = json.loads(pretty)
        same = same and back == doc and again == doc
    return size, same, compact[:60]


run(main)
