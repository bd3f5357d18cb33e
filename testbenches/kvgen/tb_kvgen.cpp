// Co-simulation of star_kvgen against the golden model's vectors (src/kvgen/vectors.rs).
// Per scenario: waits for idle_o, loads the weight words and the biases through the load ports
// (with random gaps), then streams the token beats with random valid gaps while draining the
// K/V beats with random ready stalls. The token memory is modelled here: x_data_i answers
// x_addr_o exactly one cycle after x_rd_o (garbage otherwise). Every output beat's key, last,
// mask words and every K and V lane are compared, in order.
//
// usage: tb_kvgen VECTORS [STALL_PCT=20] [SEED=1]
// Prints "kvgen: N passed, M failed" and the cycles per token beat of each scenario; exit code 0
// only when all pass.

#include <algorithm>
#include <deque>

#include "tb_common.h"

struct Scenario {
    int64_t h, sh_k, sh_v;
    std::vector<std::vector<int64_t>> w;  // W records: addr, lanes
    std::vector<int64_t> b;
    tb::TokenMemory x;
    std::vector<std::vector<int64_t>> tok;
    std::deque<std::vector<int64_t>> expect;
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, P = 0, D = 0, MW = 0;
    std::vector<Scenario> scs;
    for (const auto& r : recs) {
        if (r.tag == "P") {
            T = r.f[0], P = r.f[1], D = r.f[2], MW = r.f[4];
        } else if (r.tag == "S") {
            scs.push_back({r.f[0], r.f[1], r.f[2], {}, {}, {}, {}, {}});
        } else if (r.tag == "W") {
            scs.back().w.push_back(r.f);
        } else if (r.tag == "B") {
            scs.back().b = r.f;
        } else if (r.tag == "X") {
            scs.back().x.p = P;
            scs.back().x.add(r);
        } else if (r.tag == "T") {
            scs.back().tok.push_back(r.f);
        } else if (r.tag == "E") {
            scs.back().expect.push_back(r.f);
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    d->w_valid_i = 0;
    d->b_valid_i = 0;
    d->tok_valid_i = 0;
    d->kv_ready_i = 0;
    sim.reset();

    tb::Checker chk;

    for (size_t si = 0; si < scs.size(); ++si) {
        Scenario& s = scs[si];
        d->tok_valid_i = 0;
        d->kv_ready_i = 0;
        // Load the weights and biases (the engine is idle between scenarios).
        for (int i = 0; i < 4; ++i) {
            s.x.drive(d, rng);
            sim.settle();
            s.x.sample(d);
            sim.tick();
        }
        sim.settle();
        if (!d->idle_o) chk.fail("scenario " + std::to_string(si) + ": idle_o low before loading");
        size_t wi = 0, bi = 0;
        while (wi < s.w.size() || bi < s.b.size()) {
            d->w_valid_i = 0;
            d->b_valid_i = 0;
            if (!rng.chance(stall)) {
                if (wi < s.w.size()) {
                    const auto& w = s.w[wi++];
                    d->w_valid_i = 1;
                    d->w_addr_i = w[0];
                    for (int l = 0; l < P * 2 * D; ++l) tb::set_lane(d->w_data_i, l, 8, w[1 + l]);
                }
                if (bi < s.b.size()) {
                    d->b_valid_i = 1;
                    d->b_idx_i = bi;
                    d->b_data_i = static_cast<uint32_t>(s.b[bi]);
                    ++bi;
                }
            }
            s.x.drive(d, rng);
            sim.settle();
            s.x.sample(d);
            sim.tick();
        }
        d->w_valid_i = 0;
        d->b_valid_i = 0;

        d->hidden_i = s.h;
        d->sh_k_i = s.sh_k;
        d->sh_v_i = s.sh_v;
        std::deque<std::vector<int64_t>> expect = s.expect;
        size_t ti = 0, outs = 0, idle_cycles = 0;
        const uint64_t start = sim.cycle;
        // Intervals between consecutive output beats that both carry generated K/V (mask != 0):
        // their median is the steady-state cycles per generated token.
        std::vector<uint64_t> gaps;
        uint64_t prev_gen = 0;
        bool prev_was_gen = false;
        tb::Offer offer;
        while (!expect.empty()) {
            d->tok_valid_i = offer.next(ti < s.tok.size(), rng, stall);
            if (ti < s.tok.size()) {
                const auto& t = s.tok[ti];
                d->tok_key_i = t[0];
                d->tok_last_i = t[1];
                for (int m = 0; m < MW; ++m)
                    tb::set_lane(d->tok_mask_i, m, 32, t[2 + m]);
            }
            d->kv_ready_i = !rng.chance(stall);
            s.x.drive(d, rng);
            sim.settle();
            s.x.sample(d);
            if (offer.moved(d->tok_ready_o)) ++ti;
            if (d->kv_valid_o && d->kv_ready_i) {
                const auto e = expect.front();
                expect.pop_front();
                const std::string where =
                    "scenario " + std::to_string(si) + " beat " + std::to_string(outs);
                chk.check(tb::get_lane(d->kv_key_o, 0, 32, false), e[0], where + " key");
                chk.check(d->kv_last_o, e[1], where + " last");
                for (int m = 0; m < MW; ++m) {
                    const int w = (m == MW - 1 && T % 32) ? T % 32 : 32;
                    chk.check(tb::get_lane(d->kv_mask_o, m, 32, false) & ((1ULL << w) - 1), e[2 + m],
                              where + " mask word " + std::to_string(m));
                }
                for (int c = 0; c < D; ++c) {
                    chk.check(tb::get_lane(d->kv_k_o, c, 16, true), e[2 + MW + c],
                              where + " K[" + std::to_string(c) + "]");
                    chk.check(tb::get_lane(d->kv_v_o, c, 16, true), e[2 + MW + D + c],
                              where + " V[" + std::to_string(c) + "]");
                }
                bool gen = false;
                for (int m = 0; m < MW; ++m) gen = gen || e[2 + m] != 0;
                if (gen && prev_was_gen) gaps.push_back(sim.cycle - prev_gen);
                if (gen) prev_gen = sim.cycle;
                prev_was_gen = gen;
                ++outs;
                idle_cycles = 0;
            } else if (++idle_cycles > 200000) {
                chk.fail("timeout in scenario " + std::to_string(si) + ": " +
                         std::to_string(expect.size()) + " output beats missing");
                break;
            }
            sim.tick();
        }
        if (ti != s.tok.size()) chk.fail("scenario " + std::to_string(si) + ": not all token beats taken");
        const uint64_t cyc = sim.cycle - start;
        std::sort(gaps.begin(), gaps.end());
        std::printf("kvgen: scenario %zu: H=%lld, %zu beats in %llu cycles (%.1f cycles/beat, stall %d%%); "
                    "median %llu cycles between generated tokens\n",
                    si, static_cast<long long>(s.h), outs, static_cast<unsigned long long>(cyc),
                    outs ? double(cyc) / outs : 0.0, stall,
                    static_cast<unsigned long long>(gaps.empty() ? 0 : gaps[gaps.size() / 2]));
        // Nothing more may come out, and the engine must be idle.
        tb::drain(
            sim, chk, "scenario " + std::to_string(si), 8,
            [&] { d->tok_valid_i = 0, d->kv_ready_i = 1; },
            [&] { s.x.drive(d, rng), sim.settle(), s.x.sample(d); },
            [&] { return d->kv_valid_o != 0; }, [&] { return d->idle_o != 0; });
    }
    return chk.finish("kvgen");
}
