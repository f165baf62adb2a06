#!/usr/bin/python3
"""dif.py RUNDIR STEM: truth vs CSV rows that differ (multiset on date, amount, description)."""
import csv, json, sys
from collections import Counter
run, stem = sys.argv[1], sys.argv[2]
gen = sys.argv[3] if len(sys.argv) > 3 else "target/probes/gen"
t = json.load(open("%s/%s.json" % (gen, stem)))
tr = Counter((x["date"], str(float(x["amount"])), " ".join(x["description"].upper().split())) for x in t["transactions"])
rows = list(csv.DictReader(open("%s/out/%s.csv" % (run, stem))))
ex = Counter((r["date"], str(float(r["amount"])), " ".join(r["description"].upper().split())) for r in rows)
for k in sorted(tr - ex): print("TRUTH ", *k)
for k in sorted(ex - tr): print("GOT   ", *k)
