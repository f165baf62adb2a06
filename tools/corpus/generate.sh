#!/usr/bin/env bash
# Generates every corpus of tools/corpus/gen_*.py into OUT_DIR/ID (once: kept while OUT_DIR/ID/.complete exists),
# installing what the generators need when missing and running as root (tools/corpus/README.md).
#   tools/corpus/generate.sh [OUT_DIR]      default: target/corpus
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/corpus}
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
thai=/usr/share/fonts/truetype/tlwg/Garuda.ttf
noto=/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf
# pdftoppm (poppler-utils) rasterises gen_hh.py's scanned pages; gen_hl.py sets Thai in Garuda (fonts-thai-tlwg);
# gen_is.py sets Khmer, Sinhala, Tamil and Ethiopic, gen_iu.py Lao and Myanmar in Noto (fonts-noto-core); gen_iw.py
# sets Japanese in ReportLab's own CID font (nothing to install); gen_ix.py's Kyrgyz Cyrillic (ү, ө, ң) is DejaVu's,
# as are gen_iy.py's Turkmen (ň, ý, ş, ž) and Faroese (ð, ø, æ) letters; gen_iz.py sets Devanagari in Noto
# (fonts-noto-core) and Catalan's à, è, ò, l·l and Swahili in DejaVu; gen_ja.py sets Bengali in Noto (fonts-noto-core);
# gen_jb.py and gen_jc.py need DejaVu only.
if ! /usr/bin/python3 -c "import reportlab" 2>/dev/null || [ ! -f "$font" ] || [ ! -f "$thai" ] || [ ! -f "$noto" ] || ! command -v pdftoppm >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q python3-reportlab fonts-dejavu-core fonts-thai-tlwg fonts-noto-core poppler-utils >/dev/null
  else
    echo "corpus: needs /usr/bin/python3 with reportlab, $font and pdftoppm, $thai and $noto (python3-reportlab, fonts-dejavu-core, fonts-thai-tlwg, fonts-noto-core, poppler-utils)" >&2
    exit 1
  fi
fi
mkdir -p "$out"
for gen in tools/corpus/gen_*.py; do
  id=$(basename "$gen" .py)
  id=${id#gen_}
  if [ ! -f "$out/$id/.complete" ]; then
    rm -rf "${out:?}/$id"
    /usr/bin/python3 "$gen" "$out/$id" >/dev/null
    touch "$out/$id/.complete"
  fi
done
