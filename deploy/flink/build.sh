#!/usr/bin/env bash
# Assembles Beam's Flink job server from Maven Central into deploy/flink/lib/ and prints the jar's path.
# Idempotent: an existing build is reused. Beam publishes no job-server jar for 2.77, and its FlinkRunner
# would otherwise try to download one; pass the printed path with --flink_job_server_jar (emr-deid run
# does so by itself when it finds the build). See deploy/flink/pom.xml for the versions and why.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="${here}/lib"
jar="${lib}/beam-flink-1.19-job-server-2.62.0.jar"

if [[ -f "${jar}" && -f "${lib}/.complete" ]]; then
  echo "${jar}"
  exit 0
fi
command -v mvn >/dev/null || { echo "build.sh: Maven (mvn) is needed to fetch the Flink runner" >&2; exit 1; }
command -v java >/dev/null || { echo "build.sh: Java 11+ is needed to run the Flink job server" >&2; exit 1; }
rm -rf "${lib}"
mvn -B -q -f "${here}/pom.xml" package >&2
rm -rf "${here}/target"
touch "${lib}/.complete"
echo "${jar}"
