#!/bin/sh
# Cold start of `check` on the sample, JVM start included: the bundled rules (pre-compiled to the
# executable model at build time), the same rules compiled at start from a folder (as before the
# pre-compilation, and as a unit's own --rules folder still is), and the bundled rules with an AppCDS
# archive of an extracted jar, with and without the C1-only JIT (-XX:TieredStopAtLevel=1). Run from the repository after `mvn -B -q package -DskipTests`.
# Uses farm-bench when it is installed (medians of several runs), else /usr/bin/time once each.
set -e
REPO=$(pwd)
JAR=$REPO/target/zicha.jar
WORK=${TMPDIR:-/tmp}/zicha-cold-start
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
ARGS="check --data $REPO/sample-data/xlsx --as-of 2025-12-31 --out $WORK/out"

# AppCDS: extract the jar (Spring Boot's tools jar mode) and record the classes of one training run.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
java -XX:ArchiveClassesAtExit="$WORK/zicha.jsa" -jar "$WORK/extracted/zicha.jar" $ARGS >/dev/null

run() {
  name=$1; shift
  echo "== $name"
  if command -v farm-bench >/dev/null; then
    farm-bench -n 7 --warmup 1 --timeout 600 -- "$@"
  else
    /usr/bin/time -f "%e s wall, %M KB" "$@" >/dev/null
  fi
}
run "check, bundled rules (executable model), all five outputs" java -jar "$JAR" $ARGS
run "check, bundled rules (executable model), findings.json only" java -jar "$JAR" $ARGS --format json
run "check, rules compiled at start (--rules folder), all five outputs" java -jar "$JAR" $ARGS --rules "$REPO/rules"
run "check, bundled rules, C1 compiler only (-XX:TieredStopAtLevel=1), all five outputs" java -XX:TieredStopAtLevel=1 -jar "$JAR" $ARGS
run "check, extracted jar with AppCDS archive, all five outputs" java -XX:SharedArchiveFile="$WORK/zicha.jsa" -jar "$WORK/extracted/zicha.jar" $ARGS
run "check, extracted jar with AppCDS archive and C1 only, all five outputs" java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/zicha.jsa" -jar "$WORK/extracted/zicha.jar" $ARGS
run "rules, bundled (load and list only)" java -jar "$JAR" rules
