# Thin wrapper: the real build is CMake (see CMakePresets.json).
PRESET ?= dev
BUILD_DIR := build/$(PRESET)

.PHONY: all deps configure build run test bench package clean format

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/app/banatlas

test: build
	ctest --preset $(PRESET)

package: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls $(BUILD_DIR)/banatlas_*.deb

bench: build
	$(BUILD_DIR)/tests/benchmarks/bench_core
	$(BUILD_DIR)/tests/benchmarks/bench_ui 10000
	$(BUILD_DIR)/tests/benchmarks/bench_map
	$(BUILD_DIR)/tests/benchmarks/bench_timeline 10000
	$(BUILD_DIR)/tests/benchmarks/bench_report 10000

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build
