#!/usr/bin/env bash
# Runs the Spark job on this machine without a Spark installation (Spark's jars from Maven), as spark-submit
# --master local[N] would: run-local.sh INPUT OUTPUT [--models DIR]. RUNPOSE_SPARK_MASTER sets the master
# (default local[2]). Builds runpose and the job first if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -f "$here/target/runpose-spark.jar" ]]; then
  mvn -q -B -f "$here/../pom.xml" -Dmaven.test.skip=true install >&2
  mvn -q -B -f "$here/pom.xml" -DskipTests package >&2
fi
cp_file="$here/target/classpath.txt"
mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
exec java -Xmx4g --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED \
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djava.awt.headless=true \
  -Dspark.master="${RUNPOSE_SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false \
  -Drunpose.models="$here/../models" \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  -cp "$here/target/runpose-spark.jar:$(cat "$cp_file")" org.runpose.spark.AnalyzeVideos "$@"
