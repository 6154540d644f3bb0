#!/usr/bin/env bash
# Builds a self-contained Linux app image (and, with --deb, a .deb) of Diligence Workbench:
# jlink makes a trimmed Java runtime, jpackage wraps it with the shaded jar. The user needs no JDK.
# DDW_BUILD_DIR (default target) is the Maven build folder that holds ddworkbench.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

TYPE=app-image
if [[ "${1:-}" == "--deb" ]]; then TYPE=deb; fi

BUILD=${DDW_BUILD_DIR:-target}
JAR=$BUILD/ddworkbench.jar
[[ -f "$JAR" ]] || mvn -B -ntp -q -DskipTests -Dddw.buildDir="$BUILD" package
RES=installer/resources

OUT=$BUILD/installer
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"

# Modules the jar needs, as jdeps sees them, plus those loaded by name at run time
# (locale data for Thai, extra charsets for Windows-1252 files, elliptic-curve crypto, zip file system).
MODULES=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$JAR")
MODULES="$MODULES,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs,jdk.unsupported"

jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$OUT/runtime"

VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p' pom.xml | head -1)
OPTIONS=(--name DiligenceWorkbench --app-version "${VERSION:-0.1.0}"
         --vendor "Diligence Workbench"
         --description "Offline forced-labour due diligence with encrypted local projects"
         --icon "$RES/DiligenceWorkbench.png"
         --input "$OUT/input" --main-jar ddworkbench.jar --main-class org.ddworkbench.Main
         --runtime-image "$OUT/runtime" --dest "$OUT"
         --java-options "-Xmx2g")
if [[ "$TYPE" == deb ]]; then
    # Menu entry, and aggregate packets (*.ddwpacket) that open the app when double-clicked.
    OPTIONS+=(--linux-package-name ddworkbench --linux-shortcut --linux-menu-group Office
              --linux-app-category utils --file-associations "$RES/packet-association.properties")
fi
jpackage --type "$TYPE" "${OPTIONS[@]}"
echo "Built $TYPE in $OUT"
