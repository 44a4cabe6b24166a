#!/usr/bin/env bash
# Rewrites the approved export files (src/test/resources/export/) from the current code, after an intended change to
# the export, the reflow or the sample. GoldenExportTest only reads them: review `git diff src/test/resources/export`
# before committing the result.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.pizhu.export.GoldenExports
git --no-pager diff --stat -- src/test/resources/export
