#!/usr/bin/env bash
# Regenerates the screenshots the README shows, from the bundled corpus:
#   bash screenshots/generate.sh
# Each is the real UI rendered headlessly after replaying keys
# (`karabakh-timeline screenshot`): .svg with colours, .txt with the cells,
# and .png when rsvg-convert (Debian: librsvg2-bin) is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/karabakh-timeline

shot() {
    local name=$1 size=$2 lang=$3 keys=$4
    for ext in svg txt; do
        "$bin" screenshot --force --size "$size" --lang "$lang" --keys "$keys" -o "screenshots/$name.$ext"
    done
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert "screenshots/$name.svg" -o "screenshots/$name.png"
    fi
}

# The default view: timeline, the selected event's passage, its figures.
shot default-160x45 160x45 en "/Valdai<Enter>n"
# The Arabic interface: mirrored, every label in Arabic.
shot arabic-160x45 160x45 ar "jjjjjjjjjjjjj<Tab>"
# The casualty comparison: conflicting figures flagged and explained.
shot casualties-160x45 160x45 en "/Valdai<Enter>n<Tab><Tab>jj"
# A narrow terminal: one pane at a time, with the switcher on top.
shot narrow-80x24 80x24 en "jjjj<Enter>]"
# Help, generated from the key table.
shot help-160x45 160x45 en "?"
# An event in full: the record of Putin's Valdai remarks, dated by «أمس الخميس».
shot details-160x45 160x45 en "/Valdai<Enter>ni"
# The export dialog: format chosen with the arrows, the file name follows.
shot export-160x45 160x45 en "mjjjme<Tab><Right><Right>"
# The Arabic interface at 80x24, the article pane, key names not mirrored.
shot arabic-80x24 80x24 ar "/Valdai<Enter>n<Enter>]"
