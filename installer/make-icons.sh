#!/usr/bin/env bash
# Regenerates the installer icons in installer/resources from the app icon the window uses:
# a PNG for Linux, an .ico for Windows (ImageMagick) and an .icns for macOS. Only needed when the
# icon changes; the results are committed so the Windows and macOS builds need neither tool.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=src/main/resources/org/ddworkbench/ui/app-icon-256.png
RES=installer/resources
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cp "$SOURCE" "$RES/DiligenceWorkbench.png"
convert "$SOURCE" -define icon:auto-resize=256,128,64,48,32,16 "$RES/DiligenceWorkbench.ico"

# An .icns is a list of (type, length, PNG) entries; png2icns and macOS's iconutil are often missing,
# so the entries are packed here. Types: icp4 16px, icp5 32px, icp6 64px, ic07 128px, ic08 256px.
for size in 16 32 64 128; do
    convert "$SOURCE" -resize "${size}x${size}" "PNG32:$WORK/$size.png"
done
cp "$SOURCE" "$WORK/256.png"
python3 - "$WORK" "$RES/DiligenceWorkbench.icns" <<'PY'
import pathlib, struct, sys
work, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
entries = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                   for kind, data in ((kind.encode(), (work / f"{size}.png").read_bytes())
                                      for kind, size in (("icp4", 16), ("icp5", 32), ("icp6", 64),
                                                         ("ic07", 128), ("ic08", 256))))
target.write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
echo "Wrote $RES/DiligenceWorkbench.png, .ico and .icns"
