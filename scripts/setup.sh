#!/usr/bin/env bash
# Installs what building Lifelong needs and a fresh machine may lack: protoc (litep2p's build
# script), clang, the wasm target of the pinned wasm builder, and rust-src. Does nothing when
# everything is already present, so every command in the README can call it.
set -euo pipefail

missing_packages=()
command -v protoc >/dev/null 2>&1 || missing_packages+=(protobuf-compiler)
command -v clang >/dev/null 2>&1 || missing_packages+=(clang)
command -v node >/dev/null 2>&1 || missing_packages+=(nodejs npm)

if ((${#missing_packages[@]})); then
	echo "setup: installing ${missing_packages[*]}"
	sudo_cmd=()
	if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing_packages[@]}"
fi

# substrate-wasm-builder 35 builds the runtime for wasm32v1-none and needs the standard
# library's sources to do it.
if ! rustup target list --installed | grep -qx wasm32v1-none; then
	echo "setup: adding the wasm32v1-none target"
	rustup target add wasm32v1-none
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
	echo "setup: adding rust-src"
	rustup component add rust-src
fi
