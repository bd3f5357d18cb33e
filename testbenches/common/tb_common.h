// Shared plumbing of the star-gen Verilator harnesses: vector files, lane access on flat ports
// of any width, the clock, the reset and the closing "N passed, N failed" line.
//
// Every harness is built with `verilator --cc --exe --prefix Vdut` and clocked from C++ (no
// --timing). RST_ASYNC_LOW is defined when the tree was generated with `reset: async_low`.
#pragma once

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "Vdut.h"
#include "verilated.h"

namespace tb {

// Lines the RTL printed with the protocol-check tag (simulation-only checks of every stream).
inline uint64_t protocol_errors = 0;
constexpr const char* PROTOCOL_TAG = "STAR-PROTOCOL-ERROR";

}  // namespace tb

// $display of the Verilated model ends here (tb_print.h); tagged lines count as failures.
int tb_vprintf(const char* fmt, va_list ap) {
    char buf[4096];
    const int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
    if (std::strstr(buf, tb::PROTOCOL_TAG)) ++tb::protocol_errors;
    std::fputs(buf, stdout);
    return n;
}

int tb_printf(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const int n = tb_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

namespace tb {

// One record of a vector file: a tag and its decimal fields.
struct Rec {
    std::string tag;
    std::vector<int64_t> f;
};

inline std::vector<Rec> read_vectors(const char* path) {
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "cannot open vector file %s\n", path);
        std::exit(2);
    }
    std::vector<Rec> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        Rec r;
        ss >> r.tag;
        int64_t v;
        while (ss >> v) r.f.push_back(v);
        out.push_back(r);
    }
    return out;
}

// Lane access on a flat port: bits [lane*w +: w]. Scalar ports (CData…QData) and wide ports
// (VlWide) share one interface so a harness does not care how Verilator typed a port.
template <typename T>
inline void set_lane(T& port, int lane, int w, int64_t v) {
    const int lsb = lane * w;
    const uint64_t mask = (w >= 64) ? ~0ULL : ((1ULL << w) - 1);
    uint64_t p = static_cast<uint64_t>(port);
    p = (p & ~(mask << lsb)) | ((static_cast<uint64_t>(v) & mask) << lsb);
    port = static_cast<T>(p);
}

template <std::size_t N>
inline void set_lane(VlWide<N>& port, int lane, int w, int64_t v) {
    for (int b = 0; b < w; ++b) {
        const int bit = lane * w + b;
        const uint32_t m = 1u << (bit % 32);
        if ((static_cast<uint64_t>(v) >> b) & 1)
            port[bit / 32] |= m;
        else
            port[bit / 32] &= ~m;
    }
}

// A lane read back as a signed (sign-extended) or unsigned value.
template <typename T>
inline int64_t get_lane(const T& port, int lane, int w, bool is_signed) {
    uint64_t v = static_cast<uint64_t>(port) >> (lane * w);
    if (w < 64) v &= (1ULL << w) - 1;
    if (is_signed && w < 64 && ((v >> (w - 1)) & 1)) v |= ~0ULL << w;
    return static_cast<int64_t>(v);
}

template <std::size_t N>
inline int64_t get_lane(const VlWide<N>& port, int lane, int w, bool is_signed) {
    uint64_t v = 0;
    for (int b = 0; b < w; ++b) {
        const int bit = lane * w + b;
        v |= static_cast<uint64_t>((port[bit / 32] >> (bit % 32)) & 1) << b;
    }
    if (is_signed && w < 64 && ((v >> (w - 1)) & 1)) v |= ~0ULL << w;
    return static_cast<int64_t>(v);
}

// Small deterministic generator for stalls (independent of the vectors' seed).
struct Lcg {
    uint64_t s;
    explicit Lcg(uint64_t seed) : s(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
    uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<uint32_t>(s >> 33);
    }
    bool chance(int pct) { return static_cast<int>(next() % 100) < pct; }
};

// The token memory beside K/V generation (star_kvgen, star_core): words of P INT8 lanes at
// token * ceil(H/P) + h/P, answering x_addr_o exactly one cycle after x_rd_o, garbage otherwise.
struct TokenMemory {
    int p = 1;
    std::vector<std::vector<int64_t>> words;
    bool pending = false;
    uint64_t addr = 0;
    void clear() { words.clear(); }
    // An `X token <ceil(H/P)*P values>` record.
    void add(const Rec& r) {
        const size_t wh = (r.f.size() - 1) / p;
        const size_t base = static_cast<size_t>(r.f[0]) * wh;
        if (words.size() < base + wh) words.resize(base + wh);
        for (size_t w = 0; w < wh; ++w)
            words[base + w] = std::vector<int64_t>(r.f.begin() + 1 + w * p, r.f.begin() + 1 + (w + 1) * p);
    }
    template <typename D>
    void drive(D* d, Lcg& rng) const {
        for (int c = 0; c < p; ++c) {
            int64_t v = static_cast<int64_t>(rng.next() & 0xff) - 128;
            if (pending) v = addr < words.size() ? words[addr][c] : 0;
            set_lane(d->x_data_i, c, 8, v);
        }
    }
    template <typename D>
    void sample(const D* d) {
        pending = d->x_rd_o;
        addr = d->x_addr_o;
    }
};

// The command line of every harness: VECTORS [STALL_PCT=20] [SEED=1]. STALL_PCT is the share of
// cycles in which an input is withheld or an output not accepted; SEED drives those stalls.
struct Args {
    std::vector<Rec> recs;
    int stall;
    Lcg rng;
};

inline Args parse_args(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s VECTORS [STALL_PCT=20] [SEED=1]\n", argv[0]);
        std::exit(2);
    }
    return Args{read_vectors(argv[1]), argc > 2 ? std::atoi(argv[2]) : 20,
                Lcg(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1)};
}

// A producer that keeps the ready/valid rule the RTL checks: a beat offered and not taken is
// offered again, unchanged, in the next cycle; a new beat is offered with probability
// 1 - stall/100. next() before settle(), moved() after it.
// TB_DROP_HELD=1 breaks the rule on purpose (every held beat is withdrawn): the self-test that
// the RTL's protocol checks fire (scripts/cosim-engine.sh).
struct Offer {
    bool held = false;
    bool valid = false;
    bool drop = std::getenv("TB_DROP_HELD") != nullptr;
    bool next(bool have, Lcg& rng, int stall) {
        if (drop && held)
            valid = false;  // withdrawn: the self-test's deliberate violation
        else
            valid = held || (have && !rng.chance(stall));
        return valid;
    }
    bool moved(bool ready) {
        held = valid && !ready;
        return valid && ready;
    }
};

// Counts compared values and reports the first mismatches in detail.
struct Checker {
    uint64_t passed = 0, failed = 0;
    int shown = 0;
    void check(int64_t got, int64_t want, const std::string& where) {
        if (got == want) {
            ++passed;
            return;
        }
        ++failed;
        if (shown++ < 5)
            std::printf("MISMATCH %s: expected %lld, got %lld\n", where.c_str(),
                        static_cast<long long>(want), static_cast<long long>(got));
    }
    // A protocol failure (missing or extra output, timeout): counts as a failure.
    void fail(const std::string& why) {
        ++failed;
        std::printf("FAIL %s\n", why.c_str());
    }
    int finish(const char* name) {
        if (protocol_errors) {
            std::printf("FAIL %llu protocol-check violation(s) reported by the RTL (%s)\n",
                        static_cast<unsigned long long>(protocol_errors), PROTOCOL_TAG);
            failed += protocol_errors;
        }
        std::printf("%s: %llu passed, %llu failed\n", name, static_cast<unsigned long long>(passed),
                    static_cast<unsigned long long>(failed));
        return (failed == 0 && passed > 0) ? 0 : 1;
    }
};

// The DUT with its clock and reset. Inputs are set while the clock is low; settle() evaluates
// the combinational outputs (ready, valid) for the current inputs; tick() is one rising edge.
struct Sim {
    VerilatedContext ctx;
    Vdut* dut;
    uint64_t cycle = 0;
    Sim(int argc, char** argv) {
        ctx.commandArgs(argc, argv);
        dut = new Vdut(&ctx);
        dut->clk_i = 0;
    }
    ~Sim() {
        dut->final();
        delete dut;
    }
    void settle() { dut->eval(); }
    void tick() {
        ctx.timeInc(1);  // $time in RTL messages counts clock cycles
        dut->clk_i = 1;
        dut->eval();
        dut->clk_i = 0;
        dut->eval();
        ++cycle;
    }
    void reset(int cycles = 4) {
#ifdef RST_ASYNC_LOW
        dut->rst_ni = 0;
        dut->eval();
#else
        dut->rst_i = 1;
#endif
        for (int i = 0; i < cycles; ++i) tick();
#ifdef RST_ASYNC_LOW
        dut->rst_ni = 1;
#else
        dut->rst_i = 0;
#endif
        dut->eval();
        cycle = 0;
    }
};

// The K/V weights and biases of a head through the load ports of star_core (or, broadcast, of
// the multi-core top): one `W addr <lanes>` word (`lanes` INT8 values: P hidden indices x 2d)
// and one bias of `B` per cycle; loads are legal while idle_o and have no handshake. `clock`
// drives the token memories and settles before each edge.
template <typename D, typename C>
inline void load_weights(Sim& sim, D* d, const std::vector<std::vector<int64_t>>& w,
                         const std::vector<int64_t>& b, int lanes, C clock) {
    for (size_t i = 0; i < std::max(w.size(), b.size()); ++i) {
        d->w_valid_i = i < w.size();
        if (i < w.size()) {
            d->w_addr_i = w[i][0];
            for (int l = 0; l < lanes; ++l) set_lane(d->w_data_i, l, 8, w[i][1 + l]);
        }
        d->b_valid_i = i < b.size();
        if (i < b.size()) {
            d->b_idx_i = i;
            d->b_data_i = static_cast<uint32_t>(b[i]);
        }
        clock();
        sim.tick();
    }
    d->w_valid_i = 0;
    d->b_valid_i = 0;
}

// The inputs of star_core (or of the multi-core top) before reset: no beat offered, no load,
// outputs not yet accepted.
template <typename D>
inline void quiet_core_inputs(D* d) {
    d->pred_valid_i = 0;
    d->q_valid_i = 0;
    d->w_valid_i = 0;
    d->b_valid_i = 0;
    d->head_i = 0;
    d->khat_ready_i = 0;
    d->o_ready_i = 0;
}

// A head starts (spec v3 sec. 4): one cycle of head_i, while idle_o, clears the K/V store(s) and
// their kv_rows_o counters.
template <typename D, typename C>
inline void start_head(Sim& sim, D* d, C clock) {
    d->head_i = 1;
    clock();
    sim.tick();
    d->head_i = 0;
}

// The closing drain of every harness: `cycles` more cycles with the inputs quiet and the outputs
// ready (`quiet`), each evaluated by `settle`; any valid output (`output_valid`) is a failure.
// Then the engine must report idle (`idle`).
template <typename Q, typename S, typename V, typename I>
inline void drain(Sim& sim, Checker& chk, const std::string& where, int cycles, Q quiet, S settle,
                  V output_valid, I idle) {
    for (int i = 0; i < cycles; ++i) {
        quiet();
        settle();
        if (output_valid()) chk.fail(where + ": output beat after the last expected one");
        sim.tick();
    }
    settle();
    if (!idle()) chk.fail(where + ": idle_o low after draining");
}

}  // namespace tb
