# Thin wrapper: the real build is CMake (see CMakePresets.json).
PRESET ?= dev
BUILD_DIR := build/$(PRESET)

.PHONY: all deps configure build run test bench coverage complexity package fuzz fuzz-check clean format

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
	@packaging/install-deps.sh --test
	ctest --preset $(PRESET)

package: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls $(BUILD_DIR)/banatlas_*.deb

bench: build
	$(BUILD_DIR)/tests/benchmarks/bench_scale
	$(BUILD_DIR)/tests/benchmarks/bench_core
	$(BUILD_DIR)/tests/benchmarks/bench_ui 10000
	$(BUILD_DIR)/tests/benchmarks/bench_map
	$(BUILD_DIR)/tests/benchmarks/bench_timeline 10000
	$(BUILD_DIR)/tests/benchmarks/bench_report 10000
	$(BUILD_DIR)/tests/benchmarks/bench_badinput
	$(BUILD_DIR)/tests/benchmarks/bench_team

# Line and branch coverage of core/, ui/ and app/ by the whole suite (gcc --coverage, read
# by gcovr), per folder against the targets in tests/coverage/summary.py; the HTML report
# with every line is build/coverage/coverage/index.html.
coverage:
	@packaging/install-deps.sh --test
	@cmake --preset coverage >/dev/null
	@cmake --build --preset coverage
	@find build/coverage -name '*.gcda' -delete
	ctest --preset coverage
	@mkdir -p build/coverage/coverage
	@gcovr --root . --object-directory build/coverage -j 2 \
	    --filter 'core/' --filter 'ui/' --filter 'app/' \
	    --exclude-throw-branches --exclude-unreachable-branches \
	    --json-summary build/coverage/coverage/summary.json \
	    --html-details build/coverage/coverage/index.html
	@tests/coverage/summary.py build/coverage/coverage/summary.json

# The 15 longest and the 15 most complex functions of core/, ui/ and app/ (pmccabe);
# fails when one is over 80 lines or complexity 25 (tests/complexity/worst.py).
complexity:
	@packaging/install-deps.sh
	@tests/complexity/worst.py 15

# libFuzzer: each target for FUZZ_SECONDS, from its seed corpus (tests/fuzz/corpus/)
# plus what earlier runs found (build/fuzz/corpus/); crashes land in build/fuzz/findings/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz_csv_import fuzz_json_import fuzz_topojson fuzz_names fuzz_schema
# The seeds of a target: its own folder, and for the import targets the tests' bad-input
# files too (tests/data/import/), rather than copies of them.
FUZZ_SEEDS = tests/fuzz/corpus/$$t $$(case $$t in *_import) echo tests/data/import;; esac)
fuzz:
	@packaging/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus/$$t build/fuzz/findings; \
	    echo "== $$t: $(FUZZ_SECONDS) s"; \
	    build/fuzz/tests/fuzz/$$t build/fuzz/corpus/$$t $(FUZZ_SEEDS) \
	        -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	        -print_final_stats=1 -artifact_prefix=build/fuzz/findings/$$t- \
	        2> build/fuzz/$$t.log || { tail -40 build/fuzz/$$t.log; exit 1; }; \
	    grep -aE '^(stat::|#[0-9]+.DONE)' build/fuzz/$$t.log; \
	done

# Builds the fuzz targets and runs each once over its seed corpus (what CI does).
fuzz-check:
	@packaging/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@for t in $(FUZZ_TARGETS); do \
	    build/fuzz/tests/fuzz/$$t -runs=0 $(FUZZ_SEEDS) 2> build/fuzz/$$t-check.log \
	        || { tail -40 build/fuzz/$$t-check.log; exit 1; }; \
	    echo "$$t: seed corpus clean ($$(find $(FUZZ_SEEDS) -type f | wc -l) inputs)"; \
	done

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build
