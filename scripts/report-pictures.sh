#!/bin/sh
# Draws the first page of each report, as docs/reports.md shows them, from a demo store:
#   sh scripts/report-pictures.sh        (needs pdftoppm: `make tools` installs it)
# The chain reports (chain-z.png, chain-liability.png) need a server and are not redrawn here.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=docs/reports
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/demo.sqlite3"
echo "making a demo store of 2000 members..."
$BIN/pos-loyalty demo --members 2000 --db "$DB" >/dev/null
MONTH_FROM=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
MONTH_TO=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
draw() {  # draw NAME [options...]
  name=$1
  shift
  $BIN/pos-loyalty report "$name" --db "$DB" --lang ru --pdf "$WORK/$name.pdf" "$@" >/dev/null
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/$name.pdf" "$OUT/$name"
  echo "$OUT/$name.png"
}
draw z --from "$MONTH_TO"
draw liability
draw tiers
draw kpi --from "$MONTH_FROM" --to "$MONTH_TO"
draw top --from "$MONTH_FROM" --to "$MONTH_TO"
draw inactive
draw rfm
draw statement --card 0420000000013
draw ledger --from "$MONTH_TO"
