#!/usr/bin/env bash
# Which hand-annotated real recordings are here, and how to get the others. Fetches nothing: it reads each
# clip's repository, path, blob id and SHA-256 from its labels (sample-videos/real/*.labels.json) and looks for a
# file with that SHA-256 beside the labels or in the clips folder (default real-clips/, git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
clips="${1:-$root/real-clips}"

field() { # field NAME FILE: the first "NAME": "value" of a labels file
  sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p" "$2" | head -n 1
}

declare -A have=()
for f in "$root"/sample-videos/real/*.{mp4,mov,m4v,avi,mkv,webm,3gp,gif} "$clips"/*; do
  [[ -f "$f" ]] && have["$(sha256sum "$f" | cut -d' ' -f1)"]="$f"
done

missing=0
for labels in "$root"/sample-videos/real/*.labels.json; do
  name=$(field name "$labels")
  sha=$(field sha256 "$labels")
  if [[ -n "${have[$sha]:-}" ]]; then
    echo "present  $name  ${have[$sha]#$root/}"
  else
    missing=$((missing + 1))
    repo=$(field repository "$labels")
    blob=$(field blob "$labels")
    commit=$(field commit "$labels")
    path=$(field path "$labels")
    echo "missing  $name  ($path in $repo at $commit, blob $blob)"
    echo "         git clone --filter=blob:none https://github.com/$repo /tmp/${repo//\//+}"
    echo "         git -C /tmp/${repo//\//+} cat-file blob $blob > ${clips#$root/}/$name.${path##*.}"
    echo "         expected SHA-256 $sha"
  fi
done
echo "$missing missing; runpose eval sample-videos/real scores the clips that are present."
