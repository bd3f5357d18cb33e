// Co-simulation of star_accel (the R x C multi-core top) against the golden model of the mesh
// (src/mesh/topvec.rs): per scenario the shared registers and the sequence shape are set, the
// weights broadcast, then every core's predictor jobs and token memory (modelled here, one-cycle
// read latency) and every mesh row's Q rows drive the top while every core's K-hat stream and
// every mesh row's O rows are drained. Every port stalls at random (valid withheld, ready low).
// Every K-hat lane and every O lane is compared, in order per core and per row.
//
// usage: tb_top VECTORS [STALL_PCT=20] [SEED=1]
#include <deque>

#include "tb_common.h"

namespace {

struct Beat {
    int job;
    std::vector<int64_t> f;
};

// One core's streams and token memory (words of P INT8 lanes, inherited across scenarios).
struct Core {
    std::vector<std::vector<int64_t>> jobs;
    std::vector<size_t> kbefore;  // per job: K-hat columns of the phase 1.1 jobs ahead of it
    bool own_khat = false;        // a phase 1.1 job follows a phase 1.2 one (see the gate)
    std::vector<Beat> beats;
    std::deque<std::vector<int64_t>> khat;
    std::vector<std::vector<int64_t>> words;
    size_t bi = 0, kouts = 0, n_k = 0;
    bool pending = false;
    uint64_t addr = 0;
};

struct Row {
    int64_t base = 0;
    std::vector<std::vector<int64_t>> q;
    std::deque<std::vector<int64_t>> o;
    size_t qi = 0, oouts = 0, n_o = 0;
};

struct Scenario {
    std::vector<int64_t> regs;
    std::vector<std::vector<int64_t>> w;
    std::vector<int64_t> b;
    std::vector<Core> cores;
    std::vector<Row> rows;
};

// The record without its last field (the core or row index), and that index.
std::vector<int64_t> body(const tb::Rec& r) { return {r.f.begin(), r.f.end() - 1}; }
int idx(const tb::Rec& r) { return static_cast<int>(r.f.back()); }

}  // namespace

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    int R = 0, C = 0, N = 0, T = 0, NC = 0, OW = 0, D = 0, P = 0, LENW = 0, XAW = 0, POSW = 0;
    std::vector<Scenario> scs;
    for (const auto& r : args.recs) {
        if (r.tag == "P") {
            R = r.f[0], C = r.f[1], T = r.f[2], NC = r.f[3], OW = r.f[4], D = r.f[5], P = r.f[6];
            LENW = r.f[7], XAW = r.f[8], POSW = r.f[9];
            N = R * C;
        } else if (r.tag == "R") {
            Scenario s;
            s.regs = r.f;
            s.cores.resize(N);
            s.rows.resize(R);
            // Token memories are written with a head's first round; later rounds inherit them.
            if (!scs.empty())
                for (int n = 0; n < N; ++n) s.cores[n].words = scs.back().cores[n].words;
            scs.push_back(s);
        } else if (r.tag == "BP") {
            scs.back().rows[idx(r)].base = r.f[0];
        } else if (r.tag == "W") {
            scs.back().w.push_back(r.f);
        } else if (r.tag == "B") {
            scs.back().b = r.f;
        } else if (r.tag == "X") {
            Core& c = scs.back().cores[idx(r)];
            const auto v = body(r);
            const size_t wh = (v.size() - 1) / P, base = static_cast<size_t>(v[0]) * wh;
            if (c.words.size() < base + wh) c.words.resize(base + wh);
            for (size_t w = 0; w < wh; ++w)
                c.words[base + w] = std::vector<int64_t>(v.begin() + 1 + w * P, v.begin() + 1 + (w + 1) * P);
        } else if (r.tag == "J") {
            Core& c = scs.back().cores[idx(r)];
            if (r.f[0] == 0 && !c.jobs.empty() && c.jobs.back()[0] == 1) c.own_khat = true;
            c.kbefore.push_back(c.khat.size());
            c.jobs.push_back(body(r));
        } else if (r.tag == "I") {
            Core& c = scs.back().cores[idx(r)];
            c.beats.push_back({static_cast<int>(c.jobs.size()) - 1, body(r)});
        } else if (r.tag == "K") {
            scs.back().cores[idx(r)].khat.push_back(body(r));
        } else if (r.tag == "Q") {
            scs.back().rows[idx(r)].q.push_back(body(r));
        } else if (r.tag == "E") {
            scs.back().rows[idx(r)].o.push_back(body(r));
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    tb::quiet_core_inputs(d);
    sim.reset();
    tb::Checker chk;
    // Token memories: answer last cycle's reads, settle, sample this cycle's.
    auto clock = [&](Scenario& s) {
        for (int n = 0; n < N; ++n) {
            Core& c = s.cores[n];
            for (int l = 0; l < P; ++l) {
                int64_t v = static_cast<int64_t>(rng.next() & 0xff) - 128;
                if (c.pending) v = c.addr < c.words.size() ? c.words[c.addr][l] : 0;
                tb::set_lane(d->x_data_i, n * P + l, 8, v);
            }
        }
        sim.settle();
        for (int n = 0; n < N; ++n) {
            s.cores[n].pending = tb::get_lane(d->x_rd_o, n, 1, false);
            s.cores[n].addr = tb::get_lane(d->x_addr_o, n, XAW, false);
        }
    };
    uint64_t cycles_in_blocks = 0;
    for (size_t si = 0; si < scs.size(); ++si) {
        Scenario& s = scs[si];
        const auto& r = s.regs;
        d->sh_kp_i = r[0];
        d->sh_ap_i = r[1];
        d->kq_i = r[2];
        d->radius_i = r[3];
        d->causal_i = r[4];
        d->hidden_i = r[5];
        d->sh_k_i = r[6];
        d->sh_v_i = r[7];
        d->mz_i = r[8];
        d->sz_i = r[9];
        d->seq_len_i = r[10];
        d->shard_tiles_i = r[11];
        d->tile_len_i = r[12];
        d->select_mode_i = r.size() > 13 ? r[13] : 0;  // 0 per tile, 1 global (spec 3.4)
        for (int y = 0; y < R; ++y) tb::set_lane(d->base_pos_i, y, POSW, s.rows[y].base);
        const std::string sc = "scenario " + std::to_string(si);
        for (int i = 0; i < 4; ++i) {
            clock(s);
            sim.tick();
        }
        clock(s);
        if (!d->idle_o) chk.fail(sc + ": idle_o low before the block");
        // A head's first round (it carries the weights) clears the cores' K/V stores; weights
        // and biases are broadcast to every core.
        if (!s.w.empty()) tb::start_head(sim, d, [&] { clock(s); });
        tb::load_weights(sim, d, s.w, s.b, P * 2 * D, [&] { clock(s); });
        size_t want = 0, got = 0;
        for (auto& c : s.cores) want += (c.n_k = c.khat.size());
        for (auto& w : s.rows) want += (w.n_o = w.o.size());
        const uint64_t start = sim.cycle;
        uint64_t idle = 0;
        // Offered beats are held until taken (ready/valid; the RTL's protocol checks see it).
        std::vector<tb::Offer> offer(N), qoffer(R);
        while (got < want) {
            // Phase 1.2 jobs carry K-hat columns the host gathered from phase 1.1: a mode-1
            // beat waits until every core has delivered its K-hat, or, when the core's stream
            // interleaves phase 1.1 with phase 1.2 (its phase 1.1 tokens are its own keys), until
            // it has delivered the K-hat of every phase 1.1 job ahead of it: the K-hat of the
            // jobs behind it cannot come out before it is taken.
            bool khat_done = true;
            for (const auto& c : s.cores) khat_done = khat_done && c.khat.empty();
            for (int n = 0; n < N; ++n) {
                Core& c = s.cores[n];
                bool ok = c.bi < c.beats.size();
                if (ok && c.jobs[c.beats[c.bi].job][0] == 1)
                    ok = c.own_khat ? c.kouts >= c.kbefore[c.beats[c.bi].job] : khat_done;
                tb::set_lane(d->pred_valid_i, n, 1, offer[n].next(ok, rng, stall));
                if (c.bi < c.beats.size()) {
                    const Beat& b = c.beats[c.bi];
                    tb::set_lane(d->pred_mode_i, n, 1, c.jobs[b.job][0]);
                    tb::set_lane(d->pred_len_i, n, LENW, c.jobs[b.job][1]);
                    for (int i = 0; i < T; ++i) tb::set_lane(d->pred_row_i, n * T + i, 16, b.f[i]);
                    for (int j = 0; j < NC; ++j) tb::set_lane(d->pred_col_i, n * NC + j, 16, b.f[T + j]);
                }
                tb::set_lane(d->khat_ready_i, n, 1, !rng.chance(stall));
            }
            for (int y = 0; y < R; ++y) {
                Row& w = s.rows[y];
                tb::set_lane(d->q_valid_i, y, 1, qoffer[y].next(w.qi < w.q.size(), rng, stall));
                if (w.qi < w.q.size())
                    for (int c = 0; c < D; ++c) tb::set_lane(d->q_row_i, y * D + c, 16, w.q[w.qi][c]);
                tb::set_lane(d->o_ready_i, y, 1, !rng.chance(stall));
            }
            clock(s);
            bool progress = false;
            for (int n = 0; n < N; ++n) {
                Core& c = s.cores[n];
                if (offer[n].moved(tb::get_lane(d->pred_ready_o, n, 1, false))) ++c.bi;
                if (tb::get_lane(d->khat_valid_o, n, 1, false) && tb::get_lane(d->khat_ready_i, n, 1, false)) {
                    if (c.khat.empty()) {
                        chk.fail(sc + ": extra K-hat column from core " + std::to_string(n));
                    } else {
                        const auto e = c.khat.front();
                        c.khat.pop_front();
                        for (int i = 0; i < T; ++i)
                            chk.check(tb::get_lane(d->khat_data_o, n * T + i, OW, true), e[i],
                                      sc + " core " + std::to_string(n) + " K-hat column " +
                                          std::to_string(c.kouts) + " row " + std::to_string(i));
                        ++got;
                    }
                    ++c.kouts;
                    progress = true;
                }
            }
            for (int y = 0; y < R; ++y) {
                Row& w = s.rows[y];
                if (qoffer[y].moved(tb::get_lane(d->q_ready_o, y, 1, false))) ++w.qi;
                if (tb::get_lane(d->o_valid_o, y, 1, false) && tb::get_lane(d->o_ready_i, y, 1, false)) {
                    if (w.o.empty()) {
                        chk.fail(sc + ": extra O row on mesh row " + std::to_string(y));
                    } else {
                        const auto e = w.o.front();
                        w.o.pop_front();
                        for (int c = 0; c < D; ++c)
                            chk.check(tb::get_lane(d->o_row_o, y * D + c, 16, true), e[c],
                                      sc + " mesh row " + std::to_string(y) + " O row " +
                                          std::to_string(w.oouts) + " lane " + std::to_string(c) +
                                          " (cycle " + std::to_string(sim.cycle) + ")");
                        ++got;
                    }
                    ++w.oouts;
                    progress = true;
                }
            }
            if (progress) {
                idle = 0;
            } else if (++idle > 2000000) {
                chk.fail(sc + ": timeout (" + std::to_string(want - got) + " outputs missing)");
                break;
            }
            sim.tick();
        }
        cycles_in_blocks += sim.cycle - start;
        d->pred_valid_i = 0;
        d->q_valid_i = 0;
        for (int i = 0; i < 64; ++i) {
            for (int n = 0; n < N; ++n) tb::set_lane(d->khat_ready_i, n, 1, 1);
            for (int y = 0; y < R; ++y) tb::set_lane(d->o_ready_i, y, 1, 1);
            clock(s);
            for (int n = 0; n < N; ++n)
                if (tb::get_lane(d->khat_valid_o, n, 1, false)) chk.fail(sc + ": K-hat after the last expected one");
            for (int y = 0; y < R; ++y)
                if (tb::get_lane(d->o_valid_o, y, 1, false)) chk.fail(sc + ": O after the last expected one");
            sim.tick();
        }
        clock(s);
        if (!d->idle_o) chk.fail(sc + ": idle_o low after the block");
    }
    std::printf("top: %dx%d mesh, %zu rounds, %llu cycles in all, %llu in rounds (stall %d%%)\n", R, C,
                scs.size(), static_cast<unsigned long long>(sim.cycle),
                static_cast<unsigned long long>(cycles_in_blocks), stall);
    return chk.finish("top");
}
