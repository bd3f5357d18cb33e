// Co-simulation of star_core against the core's golden model (src/core/vectors.rs): per
// scenario the registers are set, the K/V weights and biases loaded, then the predictor's jobs
// (phase 1.1 for every token, phase 1.2 for the block), the Q rows and the token memory (modelled
// here, one-cycle read latency, written by the first block of a head) drive the core while K̂ columns and O rows are drained with
// random stalls. Every K̂ lane and every O lane is compared, in order.
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
    tb::TokenMemory x;  // as this block sees it: the previous block's, plus its own X records
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, NC = 0, OW = 0, D = 0, P = 0, ZW = 0, LW = 0, OWP = 0;
    std::vector<Scenario> scs;
    int64_t useful_macs = -1, slots_per_cycle = 0;
    for (const auto& r : recs) {
        if (r.tag == "P") {
            T = r.f[0], NC = r.f[1], OW = r.f[2], D = r.f[3], P = r.f[4];
            if (r.f.size() >= 9) ZW = r.f[6], LW = r.f[7], OWP = r.f[8];
        } else if (r.tag == "R") {
            // A head's X is written once, with its first block: later blocks inherit it.
            tb::TokenMemory prev;
            if (!scs.empty()) prev = scs.back().x;
            scs.push_back({});
            scs.back().regs = r.f;
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
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    d->pred_valid_i = 0;
    d->q_valid_i = 0;
    d->w_valid_i = 0;
    d->b_valid_i = 0;
    d->khat_ready_i = 0;
    d->o_ready_i = 0;
    sim.reset();
    tb::Checker chk;
    // Drive the token memory's answer to the previous cycle's read, settle, sample the new read.
    auto clock = [&](Scenario& s) {
        s.x.drive(d, rng);
        sim.settle();
        s.x.sample(d);
    };
    uint64_t total_block_cycles = 0;
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
        // Weights and biases (loads are legal while idle; no handshake).
        for (size_t i = 0; i < std::max(s.w.size(), s.b.size()); ++i) {
            d->w_valid_i = i < s.w.size();
            if (i < s.w.size()) {
                d->w_addr_i = s.w[i][0];
                for (int l = 0; l < P * 2 * D; ++l) tb::set_lane(d->w_data_i, l, 8, s.w[i][1 + l]);
            }
            d->b_valid_i = i < s.b.size();
            if (i < s.b.size()) {
                d->b_idx_i = i;
                d->b_data_i = static_cast<uint32_t>(s.b[i]);
            }
            clock(s);
            sim.tick();
        }
        d->w_valid_i = 0;
        d->b_valid_i = 0;
        size_t bi = 0, qi = 0, kouts = 0, oouts = 0;
        uint64_t idle = 0, first_a = 0;
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
            d->khat_ready_i = !rng.chance(stall);
            d->o_ready_i = !rng.chance(stall);
            clock(s);
            if (offer.moved(d->pred_ready_o)) {
                if (first_a == 0 && s.jobs[s.beats[bi].job][0] == 1) first_a = sim.cycle;
                ++bi;
            }
            if (qoffer.moved(d->q_ready_o)) ++qi;
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
                progress = true;
            }
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
    }
    std::printf("core: %zu blocks, %llu cycles in all; %.1f cycles per block from the first Â job beat to the last O row (stall %d%%)\n",
                scs.size(), static_cast<unsigned long long>(sim.cycle),
                scs.empty() ? 0.0 : double(total_block_cycles) / scs.size(), stall);
    if (useful_macs >= 0 && total_block_cycles > 0)
        std::printf("core: SU-FA PE utilisation %.1f%% (%lld useful MACs / %llu cycles x %lld MAC slots)\n",
                    100.0 * double(useful_macs) / (double(total_block_cycles) * double(slots_per_cycle)),
                    static_cast<long long>(useful_macs), static_cast<unsigned long long>(total_block_cycles),
                    static_cast<long long>(slots_per_cycle));
    return chk.finish("core");
}
