#!/usr/bin/env bash
# Builds Beam's Prism runner from the Go module proxy into deploy/prism/bin/ and prints its path.
# Idempotent: an existing binary of the pinned version is reused. Beam's PrismRunner would otherwise
# download a release binary from GitHub; pass the printed path with --prism_location instead.
set -euo pipefail

BEAM_VERSION="${BEAM_VERSION:-2.77.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin_dir="${here}/bin"
binary="${bin_dir}/prism"
stamp="${bin_dir}/prism.version"

if [[ -x "${binary}" && -f "${stamp}" && "$(cat "${stamp}")" == "${BEAM_VERSION}" ]]; then
  echo "${binary}"
  exit 0
fi

mkdir -p "${bin_dir}"
GOBIN="${bin_dir}" go install "github.com/apache/beam/sdks/v2/go/cmd/prism@v${BEAM_VERSION}" >&2
echo "${BEAM_VERSION}" > "${stamp}"
echo "${binary}"
