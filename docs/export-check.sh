#!/usr/bin/env bash
# docs/export-check.sh - render the seed order's DOCX export with LibreOffice and check the PDF.
#
# Not part of ./test.sh: LibreOffice is too heavy for CI. Run by hand after changing
# src/AntiCor.Core/Documents/Export/ProgrammeDocxWriter.cs; see docs/export-check.md.
#
# Needs: dotnet, libreoffice (Debian: libreoffice-writer-nogui), pdftotext/pdftoppm (poppler-utils),
# python3. Usage: bash docs/export-check.sh [OUTDIR]   (default: artifacts/export-check)
# Exit status is non-zero when a measure is missing from the PDF or an annex page lacks the header.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/artifacts/export-check}"
SEED="$ROOT/samples/kropyvnytskyi-2019-order-98.txt"
mkdir -p "$OUT"
rm -f "$OUT"/seed.* "$OUT"/page-*.png

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
dotnet build "$ROOT/src/AntiCor.Cli" -v quiet -nologo >/dev/null
CLI="$ROOT/src/AntiCor.Cli/bin/Debug/net10.0/anticor"

"$CLI" export "$SEED" --format docx -o "$OUT/seed.docx"
"$CLI" export "$SEED" --format json -o "$OUT/seed.json"

# A private profile: a LibreOffice already open on this machine is neither used nor disturbed.
libreoffice -env:UserInstallation="file://$OUT/lo-profile" --headless --convert-to pdf --outdir "$OUT" "$OUT/seed.docx" >/dev/null
pdftoppm -png -r 60 "$OUT/seed.pdf" "$OUT/page"
PAGES=$(pdfinfo "$OUT/seed.pdf" | awk '/^Pages:/ {print $2}')
echo "PDF: $OUT/seed.pdf, $PAGES pages; page images: $OUT/page-*.png"

python3 - "$OUT" "$PAGES" <<'PY'
import json, re, subprocess, sys

out, pages = sys.argv[1], int(sys.argv[2])

def text(first=None, last=None):
    # -raw keeps the content stream's order, which LibreOffice writes cell by cell.
    args = ["pdftotext", "-raw"]
    if first:
        args += ["-f", str(first), "-l", str(last)]
    args += [f"{out}/seed.pdf", "-"]
    # Cell text wraps: compare on words alone, whatever the line breaks.
    return " ".join(subprocess.run(args, check=True, capture_output=True, text=True).stdout.split())

def words(s, n):
    return " ".join(s.split()[:n])

programme = json.load(open(f"{out}/seed.json", encoding="utf-8"))["programme"]
whole = text()
missing = []
count = 0
for d in programme["directions"]:
    for m in d["measures"]:
        count += 1
        # As the writer labels it: "5. Встановити ефективний ..."; a direction's only measure unnumbered.
        number = m["number"].split(".")[-1]
        label = m["text"] if len(d["measures"]) == 1 else f'{number}. {m["text"]}'
        # A row that a page break cuts keeps at least its first line; the last words show it ended.
        first, last = words(label, 3), " ".join(m["text"].split()[-3:])
        for part in (first, last):
            if part not in whole:
                missing.append(f'{m["number"]}: «{part}»')
print(f"measures found in the PDF (first and last words): {count - len({x.split(':')[0] for x in missing})} of {count}")
for line in missing:
    print("  missing", line)

# The annex starts on the page with the approval block; every later page repeats both header rows.
annex = next(p for p in range(1, pages + 1) if "ЗАТВЕРДЖЕНО" in text(p, p))
bad = []
for p in range(annex + 1, pages + 1):
    t = text(p, p)
    if not ("№ з/п" in t and "Перелік заходів" in t and re.search(r"\b1 2 3 4 5\b", t)):
        bad.append(p)
print(f"annex pages {annex}-{pages}; pages after the first without the repeated header: {bad or 'none'}")
sys.exit(1 if missing or bad else 0)
PY
