import sqlite3, sys, collections
out, gen = sys.argv[1], sys.argv[2]
st = {}
for r in sqlite3.connect(out + "/ledger.db").execute("SELECT file_name, status, reconciliation, failure_reason FROM import_logs"):
    st[r[0].rsplit(".", 1)[0]] = (r[1], r[2] or "-", (r[3] or "-").replace(" ", "_")[:70])
ex = {}
for l in open(out + "/score.txt"):
    p = l.split()
    if len(p) >= 6 and p[5] in ("yes", "no"): ex[p[0]] = p[5]
params = {l.split()[0]: l.split()[1:] for l in open(gen + "/params.txt")}
cnt = collections.Counter(); bylay = collections.defaultdict(collections.Counter)
with open(out + "/outcomes.txt", "w") as f:
    for stem in sorted(params):
        s = st.get(stem, ("missing", "-", "-"))
        if s[0] not in ("success", "imported"): o = "failed"
        elif s[1] == "reconciled": o = "reconciled-exact" if ex.get(stem) == "yes" else "reconciled-wrong"
        else: o = s[1]
        cnt[o] += 1; bylay[stem.split("_")[-1]][o] += 1
        f.write("%s %s %s %s %s\n" % (stem, o, ex.get(stem, "-"), s[2], " ".join(params[stem])))
order = ["reconciled-exact", "reconciled-wrong", "unverified", "unreconciled", "failed"]
with open(out + "/table.txt", "w") as f:
    f.write("%-8s" % "layout" + "".join("%18s" % o for o in order) + "\n")
    for lay in sorted(bylay): f.write("%-8s" % lay + "".join("%18d" % bylay[lay][o] for o in order) + "\n")
    f.write("%-8s" % "all" + "".join("%18d" % cnt[o] for o in order) + "\n")
print(open(out + "/table.txt").read())
