"""What the generators share: amounts in a bank's format, random rows, a paginated table renderer and the truth JSON.

Import it from a generator in this folder (its own folder is on the module path when run as a script).
"""
import datetime as dt
import functools
import json
import os
import unicodedata
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
C2 = D("0.01")


def fmt(v, th=",", dec=".", nd=2, sign=False):
    v = D(v)
    neg = v < 0
    s = "%.*f" % (nd, abs(v))
    ip, fp = (s.split(".") + [""])[:2]
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + ((dec + fp) if nd else "")
    if neg: return "-" + out
    return ("+" + out) if sign else out


def lakh(v, nd=2):
    """An amount in Indian/Bangladeshi grouping, "1,23,45,678.90" (a leading "-" when negative)."""
    v = D(v)
    ip, fp = ("%.*f" % (nd, abs(v))).split(".")
    head, tail = ip[:-3], ip[-3:]
    g = []
    while len(head) > 2:
        g.insert(0, head[-2:]); head = head[:-2]
    if head: g.insert(0, head)
    out = ",".join(g + [tail]) + "." + fp
    return ("-" + out) if v < 0 else out


def statement_header(doc, p, labels, lx, logo, address, title, page, logo_size=20, title_size=12, addr_dy=55, lh=11,
                     keep=2):
    """Draws the usual head of a statement page: the bank's name and address at the left, the title and page words at
    the right, then labels ((label, value) pairs; the first keep on pages after the first) with values at lx, and a
    rule; returns the y where the table's column titles go."""
    H, W = doc.H, doc.W
    doc.t(40, H - 44, logo, logo_size, True)
    doc.t(40, H - addr_dy, address, 7)
    doc.t(W - 40, H - 44, title, title_size, True, "r")
    doc.t(W - 40, H - 57, page, 7, align="r")
    L = labels if p == 1 else labels[:keep]
    for i, (a, b) in enumerate(L):
        doc.t(40, H - 80 - lh * i, a, 7.5, True); doc.t(lx, H - 80 - lh * i, ": " + b, 7.5)
    y = H - 80 - lh * len(L) - 8
    doc.c.line(40, y + 4, W - 40, y + 4)
    return y - 10


def running(txs, ob):
    """Gives each row its balance after it ("bal"), from the opening balance; returns the closing balance."""
    bal = D(ob)
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return bal


def make_txns(rng, start, end, n, pool, credits):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size
        self.font, self.bold = "DV", "DVB"

    def t(self, x, y, s, size=8, bold=False, align="l"):
        f = self.bold if bold else self.font
        if SCRIPT_FONTS:
            return self._runs(x, y, s, size, bold, f, align)
        self.c.setFont(f, size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)

    def _runs(self, x, y, s, size, bold, f, align):
        # each run of a script the main font lacks in its own font, one after the other (spaces join the run before)
        runs = []
        for ch in s:
            g = next(((b if bold else r) for lo, hi, r, b in SCRIPT_FONTS if lo <= ord(ch) <= hi), None)
            g = g or (runs[-1][1] if runs and ch == " " else f)
            if runs and runs[-1][1] == g: runs[-1][0] += ch
            else: runs.append([ch, g])
        w = sum(pdfmetrics.stringWidth(r, g, size) for r, g in runs)
        x -= w if align == "r" else w / 2 if align == "c" else 0
        for r, g in runs:
            self.c.setFont(g, size); self.c.drawString(x, y, r); x += pdfmetrics.stringWidth(r, g, size)


SCRIPT_FONTS = []  # (first, last code point, regular, bold font name): scripts DejaVu lacks, registered by a generator


def render(path, size, header, cols, rows, footer, lh=11, per_page=30, cf=None, bottom=None, top_rows=None, fonts=None,
           valign_bottom=False, valign_middle=False):
    """rows: list of dicts: cells{key:str}, desc:[lines]. cf(prev_page_bal_row) -> (carried, brought) labels.
    fonts: (regular, bold) font names registered by the caller, DejaVu when None. valign_bottom: a row's other
    cells on its description's last line (a grid aligned to the bottom of its cells), else on its first;
    valign_middle: centred on its lines (an HTML table's middle alignment: between two lines for an even count)."""
    doc = Doc(path, size)
    if fonts: doc.font, doc.bold = fonts
    # paginate by line count
    pages, cur, used = [], [], 0
    for r in rows:
        nl = max(1, len(r.get("desc", [""])))
        if used + nl > per_page and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += nl
    pages.append(cur)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 9, tl, 7.5, True, al)
        y -= 9 * max(len(c[0].split("\n")) for c in cols) + 4
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        if pi == 0 and top_rows:
            for tr in top_rows:
                y = tr(doc, y)
        if pi > 0 and cf:
            y = cf(doc, y, pr[0], "bf")
        for r in pr:
            lines = r.get("desc", [""])
            for (title, x, al, key) in cols:
                if key == "desc":
                    for k, l in enumerate(lines):
                        doc.t(x, y - k * lh, l, 8, False, al)
                elif key in r:
                    dy = lh * (len(lines) - 1) * (1 if valign_bottom else 0.5 if valign_middle else 0)
                    doc.t(x, y - dy, r[key], 8, False, al)
            y -= lh * max(1, len(lines)) + 2
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def paginate_lines(rows, first, other):
    """Splits rows (each with "desc" lines) into pages holding first / other lines (a row is never split)."""
    pages, cur, used, cap = [], [], 0, first
    for r in rows:
        n = max(1, len(r["desc"]))
        if used + n > cap and cur:
            pages.append(cur); cur, used, cap = [], 0, other
        cur.append(r); used += n
    pages.append(cur)
    return pages


def day(d):
    """A truth's date as ISO text, None where the page proves none (a period_start where only a statement date is
    printed: tools/corpus/README.md's convention)."""
    return None if d is None else d.isoformat()


def _write_truth(out, stem, family, acct, cur, ps, pe, ob, txs, with_bal, cb=None):
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if with_bal: e["balance"] = str(t.get("bal_truth", bal).quantize(C2))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str((cb if cb is not None else bal).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(out, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def truth_writer(out):
    """write_truth(stem, family, acct, cur, ps, pe, ob, txs, with_bal, cb=None), writing into the folder out; ps None
    where the page prints no period start."""
    return functools.partial(_write_truth, out)


def _write_row_truth(out, stem, family, acct, cur, ps, pe, ob, cb, txs, nd=2):
    """Truth of rows carrying the balance the statement prints (t["bal"]), none where it prints none on the row
    (t["shown"] False, or t["bal"] None); amounts and balances with the currency's nd decimals."""
    q = D(1).scaleb(-nd)
    tr = []
    for t in txs:
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(q))}
        if t.get("shown", True) and t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(q))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(ob.quantize(q)),
         "closing_balance": str(cb.quantize(q)), "transactions": tr}
    json.dump(j, open(os.path.join(out, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def row_truth_writer(out):
    """write(stem, family, acct, cur, ps, pe, ob, cb, txs, nd=2), writing into the folder out; ps None where the page
    prints no period start."""
    return functools.partial(_write_row_truth, out)


def _write_multi_truth(out, stem, family, ps, pe, sections):
    curs = {s["currency"] for s in sections}
    tr, secs = [], []
    for s in sections:
        for t in s["txs"]:
            e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                 "amount": str(t["amount"].quantize(C2))}
            if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
            tr.append(e)
        secs.append({"account": s["account"], "currency": s["currency"], "opening_balance": str(s["ob"].quantize(C2)),
                     "closing_balance": str(s["cb"].quantize(C2)), "transactions": len(s["txs"])})
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": None,
         "currency": curs.pop() if len(curs) == 1 else None, "period_start": day(ps), "period_end": pe.isoformat(),
         "opening_balance": None, "closing_balance": None, "transactions": tr, "sections": secs}
    json.dump(j, open(os.path.join(out, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def multi_truth_writer(out):
    """write(stem, family, ps, pe, sections): the truth of a statement holding several accounts, every section's rows
    in page order and a "sections" list; sections: dicts of account, currency, ob, cb, txs (each with date,
    desc_lines, amount and bal or None). Writes into the folder out."""
    return functools.partial(_write_multi_truth, out)


def sums(txs):
    """Money out and money in of the rows, each a positive Decimal (0 where none)."""
    return (-sum(t["amount"] for t in txs if t["amount"] < 0) or D(0), sum(t["amount"] for t in txs if t["amount"] > 0) or D(0))


def wrap(s, n):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur: lines.append(cur)
    return lines


# ---------------------------------------------------------------- Arabic as producers draw it: shaped, visual order
FORMS = {}  # base letter -> {isolated, final, initial, medial: presentation form}
LIG = {}  # (lam, alef) -> {isolated, final}
for _c in range(0xFE70, 0xFEFD):
    _dec = unicodedata.decomposition(chr(_c)).split()
    if len(_dec) >= 2 and _dec[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
        base = tuple(chr(int(h, 16)) for h in _dec[1:])
        (FORMS if len(base) == 1 else LIG).setdefault(base[0] if len(base) == 1 else base, {})[_dec[0][1:-1]] = chr(_c)



def set_desc_lines(txs, width):
    """Sets each row's description lines: its own "lines" where given, else its description wrapped at width."""
    for t in txs:
        t["desc_lines"] = t.get("lines") or wrap(t["desc"], width)
    return txs


def cf_lines(rows, labels, x, xb, bold=True):
    """A cf(doc, y, r, kind) drawing the carried (kind "cf") or brought ("bf") balance line with labels (cf, bf)."""
    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(x, y, labels[0] if kind == "cf" else labels[1], 8, bold)
        doc.t(xb, y, bal, 8, bold, "r")
        return y - 13
    return cf

JUNE = (dt.date(2025, 6, 1), dt.date(2025, 6, 30))


def comma(v, nd=2):
    """An amount with dotted thousands and a decimal comma, "1.234,56" (continental Europe, Portuguese, Spanish)."""
    return fmt(v, ".", ",", nd)


def fx_rows(txs, specs, line, divide=False):
    """Appends a foreign-currency card row per spec (date, shop, currency, amount, rate; the amount and rate as printed,
    a decimal comma after dotted thousands, or a decimal point): two description lines, the shop then line % (currency, amount, rate); the row's amount
    minus the foreign amount times the rate (divided by it where divide, a rate quoted per unit of the account's
    currency), to the cent."""
    for d, shop, cur, amt, rate in specs:
        a, r = (D(s.replace(".", "").replace(",", ".") if "," in s else s) for s in (amt, rate))
        v = ((a / r) if divide else (a * r)).quantize(C2)
        txs.append({"date": d, "lines": [shop, line % (cur, amt, rate)], "amount": -v})
    return txs


def balance_line(label, x, value, xb=555, dy=0, date=None, xd=40):
    """A top_rows/bottom function drawing a bold balance row dy below y: its label at x, its value right-aligned at
    xb, and a date at xd where given; returns the y under it."""
    def draw(doc, y):
        if date: doc.t(xd, y - dy, date, 8)
        doc.t(x, y - dy, label, 8, True); doc.t(xb, y - dy, value, 8, True, "r")
        return y - 13 - dy
    return draw


def footer_lines(first, second):
    """A footer(doc, p, np_) printing two lines of small print at the page's foot (the same on every page)."""
    def footer(doc, p, np_):
        doc.t(40, 44, first, 6)
        doc.t(40, 35, second, 6)
    return footer


def _dual(ch):
    f = FORMS.get(ch)
    return bool(f) and "medial" in f


def shape(s):
    """Each Arabic letter in its joined form (and lam-alef as one ligature), still in logical order."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch not in FORMS:
            out.append(ch); i += 1; continue
        prev = s[i - 1] if i > 0 else ""
        jp = _dual(prev) and (i - 1 >= 0)
        if (ch, s[i + 1] if i + 1 < len(s) else "") in LIG:
            lig = LIG[(ch, s[i + 1])]
            out.append(lig["final"] if jp else lig["isolated"]); i += 2; continue
        nxt = s[i + 1] if i + 1 < len(s) else ""
        jn = _dual(ch) and nxt in FORMS
        f = FORMS[ch]
        form = "medial" if jp and jn else "final" if jp else "initial" if jn else "isolated"
        out.append(f.get(form, f.get("isolated", ch))); i += 1
    return "".join(out)


def _arabic(ch):
    # Arabic-Indic digits and their separators run left to right, as numbers do in a right-to-left line
    if 0x0660 <= ord(ch) <= 0x066C or 0x06F0 <= ord(ch) <= 0x06F9: return False
    return 0x0600 <= ord(ch) <= 0x06FF or 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF


def ar(s):
    """s (logical order) as a page draws it left to right: shaped, each Arabic run reversed in place; a text whose first
    letter is Arabic is a right-to-left paragraph, so its runs also swap places."""
    s = shape(s)
    toks, cur, kind = [], "", None
    for ch in s:
        k = "A" if _arabic(ch) else ("S" if ch == " " else "L")
        if k == "S":
            cur += ch; continue
        if kind is None or k == kind:
            cur += ch; kind = k
        else:
            body = cur.rstrip(" "); sp = cur[len(body):]
            toks.append((kind, body))
            if sp: toks.append(("S", sp))
            cur, kind = ch, k
    if cur:
        body = cur.rstrip(" "); sp = cur[len(body):]
        toks.append((kind, body))
        if sp: toks.append(("S", sp))
    toks = [(k, v[::-1] if k == "A" else v) for k, v in toks]
    # the paragraph's direction is its first strong letter's (a number before it is weak): Arabic makes it right to left
    first = next((ch for ch in s if ch.isalpha()), "")
    if first and _arabic(first):
        toks = toks[::-1]
    return "".join(v for _, v in toks)
