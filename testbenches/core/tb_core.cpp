// Co-simulation of star_core against the core's golden model (src/core/vectors.rs): per block
// the registers are set (a head's first block pulses head_i, clearing the K/V store), the K/V
// weights and biases loaded, then the predictor's jobs (phase 1.1 for every token with a head's
// first block, interleaved with its phase 1.2 jobs; phase 1.2 alone for later blocks), the Q
// rows and the token memory (modelled here, one-cycle read latency, written by the first block
// of a head) drive the core while K-hat
// columns and O rows are drained with random stalls. Every K-hat lane and every O lane is
// compared, in order, and after each block the store's kv_rows_o against the model's count.
// With an `H` record (`vectors --bench --head`) the blocks of the head run back to back and one
// `bench-core:` line reports the head's cycles against the dense bound (issue 12).
//
// usage: tb_core VECTORS [STALL_PCT=20] [SEED=1]
#include <algorithm>
#include <deque>

#include "tb_common.h"

// Bits [lo, lo + w) of a wide port (w <= 64), sign-extended when asked.
template <std::size_t N>
static int64_t bits(const VlWide<N>& port, int lo, int w, bool is_signed) {
    uint64_t v = 0;
    for (int b = 0; b < w; ++b) {
        const int bit = lo + b;
        v |= static_cast<uint64_t>((port[bit / 32] >> (bit % 32)) & 1) << b;
    }
    if (is_signed && w < 64 && ((v >> (w - 1)) & 1)) v |= ~0ULL << w;
    return static_cast<int64_t>(v);
}

struct Beat {
    int job;
    std::vector<int64_t> f;
};
struct Scenario {
    std::vector<int64_t> regs;
    std::vector<std::vector<int64_t>> w;
    std::vector<int64_t> b;
    std::vector<std::vector<int64_t>> jobs;
    std::vector<Beat> beats;
    std::deque<std::vector<int64_t>> khat, o, part;
    std::vector<std::vector<int64_t>> q;
    int64_t kv_rows = 0;  // K/V rows the block generates (G records; several with --head)
    bool head = false;    // the first block of a head: clears the K/V store
    tb::TokenMemory x;  // as this block sees it: the previous block's, plus its own X records
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    // The dropped-beat self-test (TB_DROP_HELD) needs held input beats: outputs then stall 90 %
    // of the time, so that the predictor's and SU-FA's inputs back up.
    const int out_stall = std::getenv("TB_DROP_HELD") ? 90 : stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, NC = 0, OW = 0, D = 0, P = 0, ZW = 0, LW = 0, OWP = 0;
    std::vector<Scenario> scs;
    int64_t useful_macs = -1, slots_per_cycle = 0;
    // Whole-head benchmark (`H S dense_bound`): the blocks of the head run back to back, as one
    // scenario (they share every register but base_pos_i, which the RTL reads only with the
    // causal mask, off in the benchmark), so no block waits for the previous one's drain.
    int64_t bench_seq = 0, dense_bound = 0;
    size_t n_blocks = 0;  // R records: blocks of queries
    for (const auto& r : recs) {
        if (r.tag == "H") bench_seq = r.f[0], dense_bound = r.f[1];
    }
    for (const auto& r : recs) {
        if (r.tag == "R" && bench_seq > 0 && !scs.empty() && r.f.size() > 18 && r.f[18] == 0) {
            // A later block of the head: its records append to the head's scenario.
            auto a = r.f, b = scs.back().regs;
            a[7] = b[7] = a[18] = b[18] = 0;
            if (a != b || r.f[6] != 0) {
                std::printf("FAIL --head: blocks differ in more than base_pos (or causal on)\n");
                return 1;
            }
            ++n_blocks;
            continue;
        }
        if (r.tag == "P") {
            T = r.f[0], NC = r.f[1], OW = r.f[2], D = r.f[3], P = r.f[4];
            if (r.f.size() >= 9) ZW = r.f[6], LW = r.f[7], OWP = r.f[8];
        } else if (r.tag == "R") {
            // A head's X is written once, with its first block: later blocks inherit it.
            tb::TokenMemory prev;
            if (!scs.empty()) prev = scs.back().x;
            scs.push_back({});
            ++n_blocks;
            scs.back().regs = r.f;
            // A head starts where the R record says so (older vectors: where weights load).
            scs.back().head = r.f.size() > 18 ? r.f[18] != 0 : true;
            scs.back().x = prev;
            scs.back().x.p = P;
        } else if (r.tag == "W") {
            scs.back().w.push_back(r.f);
        } else if (r.tag == "B") {
            scs.back().b = r.f;
        } else if (r.tag == "M") {
            useful_macs = r.f[0];
            slots_per_cycle = r.f[1];
        } else if (r.tag == "X") {
            scs.back().x.add(r);
        } else if (r.tag == "J") {
            scs.back().jobs.push_back(r.f);
        } else if (r.tag == "I") {
            scs.back().beats.push_back({static_cast<int>(scs.back().jobs.size()) - 1, r.f});
        } else if (r.tag == "K") {
            scs.back().khat.push_back(r.f);
        } else if (r.tag == "Q") {
            scs.back().q.push_back(r.f);
        } else if (r.tag == "E") {
            scs.back().o.push_back(r.f);
        } else if (r.tag == "F") {
            scs.back().part.push_back(r.f);
        } else if (r.tag == "G") {
            scs.back().kv_rows += r.f[0];
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    tb::quiet_core_inputs(d);
    sim.reset();
    tb::Checker chk;
    // Drive the token memory's answer to the previous cycle's read, settle, sample the new read.
    auto clock = [&](Scenario& s) {
        s.x.drive(d, rng);
        sim.settle();
        s.x.sample(d);
    };
    uint64_t total_block_cycles = 0;
    // TB_STAMPS=1: cycle stamps (from the first predictor beat) of each job's first and last
    // beat and of each block's first Q row and last O row, to compare with the cycle model.
    const bool stamps = std::getenv("TB_STAMPS") != nullptr;
    int64_t head_rows = 0;  // K/V rows the model generates in this head so far
    for (size_t si = 0; si < scs.size(); ++si) {
        Scenario& s = scs[si];
        const auto& r = s.regs;
        d->sh_kp_i = r[0];
        d->sh_ap_i = r[1];
        d->kq_i = r[2];
        d->tiles_i = r[3];
        d->radius_i = r[4];
        d->seq_len_i = r[5];
        d->causal_i = r[6];
        d->base_pos_i = r[7];
        d->hidden_i = r[8];
        d->sh_k_i = r[9];
        d->sh_v_i = r[10];
        d->mz_i = r[11];
        d->sz_i = r[12];
        d->ntiles_i = r[13];
        d->select_mode_i = r.size() > 14 ? r[14] : 0;  // 0 per tile, 1 global (spec 3.4)
        // One core: key base 0, every key exists, O out. A shard: its base and real keys.
        d->key_base_i = r.size() > 15 ? r[15] : 0;
        d->keys_i = r.size() > 16 ? r[16] : r[5];
        d->part_i = r.size() > 17 ? r[17] : 0;
        const std::string sc = "scenario " + std::to_string(si);
        for (int i = 0; i < 4; ++i) {
            clock(s);
            sim.tick();
        }
        clock(s);
        if (!d->idle_o) chk.fail(sc + ": idle_o low before the block");
        // A head's first block clears the K/V store; weights and biases load while idle.
        if (s.head) {
            tb::start_head(sim, d, [&] { clock(s); });
            head_rows = 0;
        }
        head_rows += s.kv_rows;
        tb::load_weights(sim, d, s.w, s.b, P * 2 * D, [&] { clock(s); });
        size_t bi = 0, qi = 0, kouts = 0, oouts = 0;
        uint64_t idle = 0, first_a = 0, first_job = 0, last_o = 0;
        const size_t n_k = s.khat.size(), n_o = s.o.size() + s.part.size();
        tb::Offer offer, qoffer;
        while (kouts < n_k || oouts < n_o) {
            d->pred_valid_i = offer.next(bi < s.beats.size(), rng, stall);
            if (bi < s.beats.size()) {
                const Beat& b = s.beats[bi];
                d->pred_mode_i = s.jobs[b.job][0];
                d->pred_len_i = s.jobs[b.job][1];
                for (int i = 0; i < T; ++i) tb::set_lane(d->pred_row_i, i, 16, b.f[i]);
                for (int c = 0; c < NC; ++c) tb::set_lane(d->pred_col_i, c, 16, b.f[T + c]);
            }
            d->q_valid_i = qoffer.next(qi < s.q.size(), rng, stall);
            if (qi < s.q.size())
                for (int c = 0; c < D; ++c) tb::set_lane(d->q_row_i, c, 16, s.q[qi][c]);
            d->khat_ready_i = !rng.chance(out_stall);
            d->o_ready_i = !rng.chance(out_stall);
            clock(s);
            if (offer.moved(d->pred_ready_o)) {
                if (first_a == 0 && s.jobs[s.beats[bi].job][0] == 1) first_a = sim.cycle;
                if (bi == 0) first_job = sim.cycle;
                const bool job_end =
                    bi + 1 == s.beats.size() || s.beats[bi + 1].job != s.beats[bi].job;
                if (stamps && (bi == 0 || s.beats[bi - 1].job != s.beats[bi].job || job_end))
                    std::printf("stamp: job %d mode %lld %s %llu\n", s.beats[bi].job,
                                static_cast<long long>(s.jobs[s.beats[bi].job][0]),
                                job_end ? "last" : "first",
                                static_cast<unsigned long long>(sim.cycle - first_job));
                ++bi;
            }
            if (qoffer.moved(d->q_ready_o)) {
                if (stamps && qi % T == 0)
                    std::printf("stamp: q block %zu %llu\n", qi / T,
                                static_cast<unsigned long long>(sim.cycle - first_job));
                ++qi;
            }
            bool progress = false;
            if (d->khat_valid_o && d->khat_ready_i) {
                if (s.khat.empty()) {
                    chk.fail(sc + ": extra K̂ column");
                } else {
                    const auto e = s.khat.front();
                    s.khat.pop_front();
                    for (int i = 0; i < T; ++i)
                        chk.check(tb::get_lane(d->khat_data_o, i, OW, true), e[i],
                                  sc + " K̂ column " + std::to_string(kouts) + " row " + std::to_string(i));
                }
                ++kouts;
                progress = true;
            }
            if (d->o_valid_o && d->o_ready_i && d->part_i) {
                // The core's merged partial: {any, m, l, o[D]}, o lane c at c*OWP.
                if (s.part.empty()) {
                    chk.fail(sc + ": extra partial row");
                } else {
                    const auto e = s.part.front();
                    s.part.pop_front();
                    const std::string row = sc + " partial row " + std::to_string(oouts);
                    const int any = bits(d->p_row_o, D * OWP + LW + ZW, 1, false);
                    chk.check(any, e[0], row + " any");
                    if (e[0]) {
                        chk.check(bits(d->p_row_o, D * OWP + LW, ZW, true), e[1], row + " m");
                        chk.check(bits(d->p_row_o, D * OWP, LW, false), e[2], row + " l");
                        for (int c = 0; c < D; ++c)
                            chk.check(bits(d->p_row_o, c * OWP, OWP, true), e[3 + c],
                                      row + " o lane " + std::to_string(c));
                    }
                }
                ++oouts;
                last_o = sim.cycle;
                progress = true;
            } else if (d->o_valid_o && d->o_ready_i) {
                if (s.o.empty()) {
                    chk.fail(sc + ": extra O row");
                } else {
                    const auto e = s.o.front();
                    s.o.pop_front();
                    for (int c = 0; c < D; ++c)
                        chk.check(tb::get_lane(d->o_row_o, c, 16, true), e[c],
                                  sc + " O row " + std::to_string(oouts) + " lane " + std::to_string(c));
                }
                ++oouts;
                last_o = sim.cycle;
                progress = true;
            }
            if (stamps && progress && d->o_valid_o && d->o_ready_i &&
                (oouts % T == 0 || oouts % T == 1))
                std::printf("stamp: o %s block %zu %llu\n", oouts % T ? "first" : "last",
                            (oouts - 1) / T,
                            static_cast<unsigned long long>(sim.cycle - first_job));
            if (progress) {
                idle = 0;
            } else if (++idle > 2000000) {
                chk.fail(sc + ": timeout (" + std::to_string(n_k - kouts) + " K̂ columns, " +
                         std::to_string(n_o - oouts) + " O rows missing)");
                break;
            }
            sim.tick();
        }
        total_block_cycles += sim.cycle - first_a;
        tb::drain(
            sim, chk, sc, 64,
            [&] { d->pred_valid_i = 0, d->q_valid_i = 0, d->khat_ready_i = 1, d->o_ready_i = 1; },
            [&] { clock(s); }, [&] { return d->khat_valid_o || d->o_valid_o; },
            [&] { return d->idle_o != 0; });
        // The store's counter: every K/V row generated since the head started (spec v3 sec. 4).
        chk.check(d->kv_rows_o, head_rows, sc + " kv_rows_o");
        if (bench_seq > 0) {
            // From the first predictor beat (phase 1.1) to the last O beat, inclusive.
            const uint64_t cycles = last_o - first_job + 1;
            std::printf("bench-core: S=%lld cycles=%llu dense_bound=%lld speedup=%.2f sufa_util=%.1f%% "
                        "kv_rows=%llu\n",
                        static_cast<long long>(bench_seq), static_cast<unsigned long long>(cycles),
                        static_cast<long long>(dense_bound), double(dense_bound) / double(cycles),
                        100.0 * double(useful_macs) / (double(cycles) * double(slots_per_cycle)),
                        static_cast<unsigned long long>(d->kv_rows_o));
        }
    }
    std::printf("core: %zu blocks, %llu cycles in all; %.1f cycles per block from the first Â job beat to the last O row (stall %d%%)\n",
                n_blocks, static_cast<unsigned long long>(sim.cycle),
                n_blocks == 0 ? 0.0 : double(total_block_cycles) / n_blocks, stall);
    if (useful_macs >= 0 && total_block_cycles > 0)
        std::printf("core: SU-FA PE utilisation %.1f%% (%lld useful MACs / %llu cycles x %lld MAC slots)\n",
                    100.0 * double(useful_macs) / (double(total_block_cycles) * double(slots_per_cycle)),
                    static_cast<long long>(useful_macs), static_cast<unsigned long long>(total_block_cycles),
                    static_cast<long long>(slots_per_cycle));
    return chk.finish("core");
}
