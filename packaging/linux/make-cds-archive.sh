#!/bin/sh
# Makes the class-data sharing (AppCDS) archive of this Back Office folder: the classes that the
# start of the window loads, parsed and verified ahead of time, so that the window opens sooner.
#
# JDK 17 ties an archive to the absolute paths of the runtime and of every jar (and refuses jar
# paths holding a space), so the archive cannot be made at build time for an installer that puts
# the application elsewhere. It is made where the application is installed instead, from the class
# list recorded at build time: the .deb's postinst runs this script, and prerm deletes the archive.
# After moving an unpacked app-image, run it again:  sh lib/app/make-cds-archive.sh
# Without an archive, or with one made for another folder, the JVM says nothing and starts the
# usual way. Nothing else is ever written into the installation folder.
set -eu

app=$(cd "$(dirname "$0")" && pwd -P)
home=$(cd "$app/../.." && pwd -P)
list="$app/backoffice.classlist"
archive="$app/backoffice.jsa"
config="$app/Back Office.cfg"

if [ ! -f "$list" ]; then
  echo "make-cds-archive: no class list in $app, so no archive; Back Office starts without it." >&2
  exit 0
fi
case "$home" in
  *" "*)
    echo "make-cds-archive: $home holds a space, which JDK 17's class-data sharing refuses." >&2
    exit 0
    ;;
esac

# The class path exactly as the launchers give it to the JVM: the cfg's entries in order, with
# $APPDIR standing for this folder.
classpath=$(APP="$app" awk '
  /^app\.classpath=/ {
    entry = substr($0, length("app.classpath=") + 1)
    if (index(entry, "$APPDIR") == 1) entry = ENVIRON["APP"] substr(entry, 8)
    path = path (path == "" ? "" : ":") entry
  }
  END { print path }' "$config")

rm -f "$archive" "$archive.new"
env -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS \
  "$home/lib/runtime/bin/java" -Xshare:dump -Xlog:disable -Xlog:all=error:stderr \
  -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive.new" -cp "$classpath" \
  >/dev/null
chmod 644 "$archive.new"
mv "$archive.new" "$archive"
echo "make-cds-archive: wrote $archive"
