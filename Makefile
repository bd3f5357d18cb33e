# star-gen: the two commands are `make rtl` (generate the 16-core tree into rtl-out/)
# and `make test` (everything CI checks). See README.md.
SHELL     := /bin/bash
CARGO     ?= cargo
BUILD     ?= build
override BUILD := $(abspath $(BUILD))
STAR_GEN  := $(abspath target/release/star-gen)
export STAR_GEN BUILD

# Engines with co-simulation (one harness each under testbenches/<engine>/).
ENGINES   := predictor sorter rass kvgen sufa core mesh top
# Trees linted: every module of the default 16-core tree on its own, and the tops (whole
# hierarchy) of every testbench configuration's tree.
LINT_CFGS := $(sort $(wildcard testbenches/*/*.yaml))

.PHONY: tools-python test-integration
.PHONY: all rtl test tools build unit style lint lint-accel determinism check-rtl-out cosim cosim-sweep cosim-core-real cosim-top-real bench-predictor bench-core bench-real bench-mesh clean

all: rtl

build:
	$(CARGO) build --release --locked

rtl: build
	$(STAR_GEN) --cores 16 --out rtl-out

tools:
	@scripts/ensure-tools.sh

# FuseSoC and pyslang, pinned, in the project venv .venv/ (issue 14).
tools-python:
	@scripts/ensure-tools.sh --python

# Generated trees in real flows: FuseSoC lint + sim of two trees in one library, a user core with
# a timescaled testbench depending on one, pyslang over every tree (scripts/integration.sh).
test-integration: build tools tools-python
	scripts/integration.sh

test: tools build unit style lint determinism check-rtl-out cosim synth-ci test-integration
	@echo "make test: all checks passed"

unit:
	$(CARGO) test --release --locked

style:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --locked --all-targets -- -D warnings

cosim: $(addprefix cosim-,$(ENGINES)) cosim-core-real cosim-top-real

# Two real MiniLM heads through the Verilator core (T = 8) against the golden model, each as a
# whole head: phase 1.1 and its 64 blocks back to back, 10 % random stalls on every stream
# (about 15 s a head). REAL_BLOCKS=N runs only the first N blocks.
REAL_HEADS ?= L0H1,L3H5
REAL_BLOCKS ?=
cosim-core-real: build tools
	set -o pipefail; $(STAR_GEN) eval --data testdata/minilm-apache2-s512 --heads $(REAL_HEADS) \
	  --config testbenches/core/real/minilm.yaml --rtl --rtl-stall 10 \
	  $(if $(REAL_BLOCKS),--rtl-blocks $(REAL_BLOCKS)) | grep '^rtl '

# The same heads (keep 25 %, 4 tiles) as whole heads without stalls on the T = 128 core
# (bench-core's, d = 32) and the T = 8 one: `rtl` and `cycles L0H1: rtl=N model=M (+x.x%)`
# lines, the RTL's cycles against eval's cycle model (several minutes; not part of `test`).
bench-real: build tools
	scripts/bench-real.sh

# A seeded sweep of random small configurations (predictor, rass, kvgen); failures print the seed.
SEEDS ?= 4
SEED  ?= 1
cosim-sweep: build tools
	scripts/cosim-sweep.sh $(SEEDS) $(SEED)

# The same two heads through a 2 x 2 mesh of such cores (star_accel), one round: a block per
# mesh row, each core its shard of the 4 tiles, against the mesh's golden model.
TOP_REAL_BLOCKS ?= 2
cosim-top-real: build tools
	set -o pipefail; $(STAR_GEN) eval --data testdata/minilm-apache2-s512 --heads $(REAL_HEADS) \
	  --config testbenches/top/real/minilm-2x2.yaml --rtl --rtl-stall 10 \
	  --rtl-blocks $(TOP_REAL_BLOCKS) | grep '^rtl '

cosim-%: build tools
	scripts/cosim-engine.sh $*

lint: build tools
	@rm -rf $(BUILD)/lint && mkdir -p $(BUILD)/lint
	$(STAR_GEN) --cores 16 --out $(BUILD)/lint/default
	@for c in $(LINT_CFGS); do n=$$(echo $$c | tr / _ | sed 's/\.yaml$$//'); \
	  $(STAR_GEN) --config $$c --out $(BUILD)/lint/$$n || exit 1; done
	LINT_SKIP=star_accel scripts/lint.sh $(BUILD)/lint/default
	scripts/lint.sh --tops-only $$(ls -d $(BUILD)/lint/* | grep -v '/default$$')

# The default tree's star_accel with its whole hierarchy (16 default cores) under Verilator:
# about 5 min of CPU, so `lint` leaves it to this target; `lint` still runs yosys on it, and
# Verilator on the accelerator tops of testbenches/top/*.yaml (1x2 .. 2x4 meshes).
lint-accel: build tools
	@rm -rf $(BUILD)/lint-accel && mkdir -p $(BUILD)
	$(STAR_GEN) --cores 16 --out $(BUILD)/lint-accel
	scripts/lint.sh --tops-only $(BUILD)/lint-accel

# Identical input gives byte-identical output.
determinism: build
	@rm -rf $(BUILD)/det && mkdir -p $(BUILD)/det
	$(STAR_GEN) --cores 16 --out $(BUILD)/det/a
	$(STAR_GEN) --cores 16 --out $(BUILD)/det/b
	diff -r $(BUILD)/det/a $(BUILD)/det/b && echo "determinism: two runs byte-identical"

# The committed rtl-out/ is what the generator emits today.
check-rtl-out: build
	@rm -rf $(BUILD)/rtl-check && mkdir -p $(BUILD)
	@$(STAR_GEN) --cores 16 --out $(BUILD)/rtl-check 2>/dev/null
	@diff -r rtl-out $(BUILD)/rtl-check >/dev/null || \
	  { echo "check-rtl-out: rtl-out/ is stale: run 'make rtl' and commit it"; exit 1; }
	@echo "check-rtl-out: rtl-out/ is up to date"

bench-predictor: build tools
	scripts/bench-predictor.sh

# One block of T = 128 queries over S = 512 and 2048 (keep 25 %, 4 tiles) against the dense
# baseline on the same core, with the SU-FA PE utilisation (Verilator; several minutes).
bench-core: build tools
	scripts/bench-core.sh

# One head at S = 8192 through 1, 2, 4, 8 and 16 small cores (1x1 .. 4x4) in Verilator, every
# output compared: cycles, speed-up, efficiency, link utilisation (several minutes).
bench-mesh: build tools
	scripts/bench-mesh.sh

clean:
	rm -rf $(BUILD)

# Synthesis hand-off (issue 7, docs/handoff.md): `synth` runs the full FPGA + ASIC flow on the
# small configuration; `synth-ci` only its yosys + OpenSTA part (no place and route).
.PHONY: synth synth-ci
synth: build
	scripts/synth.sh --config configs/synth-small.yaml --out $(BUILD)/synth/small

synth-ci: build
	scripts/synth.sh --config configs/synth-small.yaml --out $(BUILD)/synth/ci --no-pnr
