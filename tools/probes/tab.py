"""tab.py OUT GEN: OUT/outcomes.txt (a line per file) and OUT/table.txt (status per layout, all files, then the files
without a generator overprint, GEN/overlaps.txt, where the counts measure the parser).
tab.py --split OUTCOMES OVERLAPS: the two totals of an outcomes.txt already written, split by an overlaps.txt."""
import os, sqlite3, sys, collections
ORDER = ["reconciled-exact", "reconciled-wrong", "unverified", "unreconciled", "failed"]


def split(outcome, ovl):
    """Status counts of all files and of those the generator drew without overlap (None without an overlaps file)."""
    a, c = collections.Counter(outcome.values()), collections.Counter(o for f, o in outcome.items() if ovl.get(f) == "-")
    row = lambda n, k: "%-8s" % n + "".join("%18d" % k[o] for o in ORDER) + "\n"
    return row("all", a) + (row("no-ovl", c) + "%-8s%18d files without a generator overlap\n" % ("", sum(c.values()))
                            if ovl else "(no overlaps.txt: regenerate with gen.py to split)\n")


if sys.argv[1] == "--split":
    oc = {l.split()[0]: l.split()[1] for l in open(sys.argv[2])}
    print(split(oc, {l.split()[0]: l.split()[1] for l in open(sys.argv[3])}), end="")
    sys.exit()
out, gen = sys.argv[1], sys.argv[2]
st = {}
for r in sqlite3.connect(out + "/ledger.db").execute("SELECT file_name, status, reconciliation, failure_reason FROM import_logs"):
    st[r[0].rsplit(".", 1)[0]] = (r[1], r[2] or "-", (r[3] or "-").replace(" ", "_")[:70])
ex = {}
for l in open(out + "/score.txt"):
    p = l.split()
    if len(p) >= 6 and p[5] in ("yes", "no"): ex[p[0]] = p[5]
params = {l.split()[0]: l.split()[1:] for l in open(gen + "/params.txt")}
ovl = {l.split()[0]: l.split()[1] for l in open(gen + "/overlaps.txt")} if os.path.exists(gen + "/overlaps.txt") else {}
outcome = {}; bylay = collections.defaultdict(collections.Counter)
with open(out + "/outcomes.txt", "w") as f:
    for stem in sorted(params):
        s = st.get(stem, ("missing", "-", "-"))
        if s[0] not in ("success", "imported"): o = "failed"
        elif s[1] == "reconciled": o = "reconciled-exact" if ex.get(stem) == "yes" else "reconciled-wrong"
        else: o = s[1]
        outcome[stem] = o; bylay[stem.split("_")[-1]][o] += 1
        # the overlap last, as one more key=value after the params ("-": none, else the columns printing over)
        f.write("%s %s %s %s %s%s\n" % (stem, o, ex.get(stem, "-"), s[2], " ".join(params[stem]),
                                       " ovl=" + ovl[stem] if stem in ovl else ""))
order = ORDER
with open(out + "/table.txt", "w") as f:
    f.write("%-8s" % "layout" + "".join("%18s" % o for o in order) + "\n")
    for lay in sorted(bylay): f.write("%-8s" % lay + "".join("%18d" % bylay[lay][o] for o in order) + "\n")
    f.write(split(outcome, ovl))
print(open(out + "/table.txt").read())
