#!/usr/bin/env bash
# What a facilitator downloads: builds the `dist` profile (Cargo.toml) and writes
#   dist/samenspel_VERSION_amd64.deb          (install: sudo apt install ./samenspel_…deb)
#   dist/samenspel-VERSION-x86_64-linux.tar.gz (unpack into ~/.local: see README "Installeren")
# Both hold the binary, the desktop entry and icon (so "Samenspel" is in the menu), the man
# pages and the bash/zsh/fish completions (generated from the clap definitions by the
# binary itself), and the licence.
#
#   scripts/package.sh            build, then package
#   scripts/package.sh --no-build package the dist binary that is already there
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/samenspel-target}"
if [ "${1:-}" != "--no-build" ]; then
    cargo build --locked --profile dist --bin samenspel
fi
bin="$CARGO_TARGET_DIR/dist/samenspel"
[ -x "$bin" ] || { echo "package.sh: no dist binary at $bin (run without --no-build)" >&2; exit 1; }

version="$("$bin" --version | awk '{print $2}')"
arch=amd64
out="$PWD/dist"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$out"

# The installed tree, as under /usr (the .deb) or ~/.local (the .tar.gz).
tree="$stage/tree"
install -Dm755 "$bin" "$tree/bin/samenspel"
install -Dm644 assets/desktop/samenspel.desktop "$tree/share/applications/samenspel.desktop"
install -Dm644 assets/icon/samenspel.png "$tree/share/icons/hicolor/256x256/apps/samenspel.png"
install -Dm644 assets/icon/samenspel.svg "$tree/share/icons/hicolor/scalable/apps/samenspel.svg"
mkdir -p "$tree/share/man/man1"
"$bin" generate man --out "$tree/share/man/man1"
gzip -9n "$tree"/share/man/man1/*.1
install -d "$tree/share/bash-completion/completions" "$tree/share/zsh/vendor-completions" \
    "$tree/share/fish/vendor_completions.d"
"$bin" generate bash > "$tree/share/bash-completion/completions/samenspel"
"$bin" generate zsh > "$tree/share/zsh/vendor-completions/_samenspel"
"$bin" generate fish > "$tree/share/fish/vendor_completions.d/samenspel.fish"
install -Dm644 LICENSE "$tree/share/doc/samenspel/copyright"
install -Dm644 README.md "$tree/share/doc/samenspel/README.md"

# The .deb: the tree under /usr, and what the window needs at run time (the libraries
# winit and wgpu open with dlopen, which dpkg-shlibdeps cannot see).
deb="$stage/deb"
mkdir -p "$deb/DEBIAN" "$deb/usr"
cp -a "$tree/." "$deb/usr/"
size_kb="$(du -sk "$deb/usr" | cut -f1)"
cat > "$deb/DEBIAN/control" <<EOF
Package: samenspel
Version: $version
Architecture: $arch
Maintainer: Samenspel developers <samenspel@localhost>
Installed-Size: $size_kb
Depends: libc6, libgcc-s1, libvulkan1, libx11-6, libx11-xcb1, libxcb1, libxcursor1, libxi6, libxrandr2, libxkbcommon-x11-0
Recommends: mesa-vulkan-drivers | vulkan-icd
Section: games
Priority: optional
Description: Participatiewiel Samenspel, the workshop game
 A persona stands in the centre of a wheel of life domains and four rings of
 support. Players in roles lay support cards, the situation changes ("Tess
 wordt 18"), and reflection rounds show where support hangs together and where
 it falls apart. Participants can join from their phones over the room's own
 network; nothing leaves the room.
EOF
deb_file="$out/samenspel_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$deb" "$deb_file" >/dev/null

# The .tar.gz: the same tree under one folder.
name="samenspel-${version}-x86_64-linux"
mv "$tree" "$stage/$name"
tar_file="$out/$name.tar.gz"
tar -C "$stage" --owner=0 --group=0 -czf "$tar_file" "$name"

stripped=$(stat -c %s "$bin")
echo "binary:  $bin ($((stripped / 1024 / 1024)) MiB, stripped)"
echo "deb:     $deb_file ($(( $(stat -c %s "$deb_file") / 1024 / 1024 )) MiB)"
echo "tar.gz:  $tar_file ($(( $(stat -c %s "$tar_file") / 1024 / 1024 )) MiB)"
