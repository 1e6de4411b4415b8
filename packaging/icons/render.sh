#!/usr/bin/env bash
# Renders backoffice.svg into the icons jpackage takes: backoffice.png (Linux), backoffice.ico
# (Windows) and backoffice.icns (macOS), and into the window's icon in the application's
# resources (ui/icons). The results are committed, so that a build on Windows or
# macOS needs none of these tools; run this again after changing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 24 32 48 64 128 256 512)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" backoffice.svg --output "$work/$size.png"
done

cp "$work/256.png" backoffice.png
# The window's own icon, in the sizes desktops ask for, inside the application.
window_icons=../../src/main/resources/app/backoffice/ui/icons
for size in 16 32 48 64 128 256; do
  cp "$work/$size.png" "$window_icons/backoffice-$size.png"
done
icotool --create --output backoffice.ico \
  "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
  --raw="$work/256.png"
png2icns backoffice.icns "$work/16.png" "$work/32.png" "$work/128.png" "$work/256.png" \
  "$work/512.png" >/dev/null
ls -l backoffice.png backoffice.ico backoffice.icns
