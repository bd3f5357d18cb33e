// Co-simulation of star_predictor against the golden model's vectors (src/predictor/vectors.rs).
// Streams every job's input beats with random valid gaps, drains outputs with random ready
// stalls, and compares every lane of every output beat, plus its column index and last flag.
//
// usage: tb_predictor VECTORS [STALL_PCT=20] [SEED=1]
// Prints "predictor: N passed, M failed" and the cycles per job; exit code 0 only when all pass.

#include <algorithm>
#include <deque>

#include "tb_common.h"

struct Beat {
    int job;
    std::vector<int64_t> f;
};
struct Job {
    int64_t mode, len, sh_kp, sh_ap;
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, NC = 0, OW = 0;
    std::vector<Job> jobs;
    std::vector<Beat> beats;
    std::deque<Beat> expect;
    for (const auto& r : recs) {
        if (r.tag == "P") {
            T = r.f[0], NC = r.f[1], OW = r.f[2];
        } else if (r.tag == "J") {
            jobs.push_back({r.f[0], r.f[1], r.f[2], r.f[3]});
        } else if (r.tag == "I") {
            beats.push_back({static_cast<int>(jobs.size()) - 1, r.f});
        } else if (r.tag == "E") {
            expect.push_back({static_cast<int>(jobs.size()) - 1, r.f});
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    sim.reset();

    tb::Checker chk;
    tb::Offer in;
    size_t bi = 0;
    uint64_t outs = 0, idle_cycles = 0;
    std::vector<uint64_t> first_in(jobs.size(), 0), last_out(jobs.size(), 0);
    const size_t n_out = expect.size();
    while (outs < n_out) {
        // Drive the next input beat (or a bubble) and the output ready.
        d->in_valid_i = in.next(bi < beats.size(), rng, stall);
        if (bi < beats.size()) {
            const Beat& b = beats[bi];
            const Job& j = jobs[b.job];
            d->mode_i = j.mode;
            d->len_i = j.len;
            d->sh_kp_i = j.sh_kp;
            d->sh_ap_i = j.sh_ap;
            for (int i = 0; i < T; ++i) tb::set_lane(d->in_row_i, i, 16, b.f[i]);
            for (int c = 0; c < NC; ++c) tb::set_lane(d->in_col_i, c, 16, b.f[T + c]);
        }
        d->out_ready_i = !rng.chance(stall);
        sim.settle();
        if (in.moved(d->in_ready_o)) {
            if (first_in[beats[bi].job] == 0) first_in[beats[bi].job] = sim.cycle + 1;
            ++bi;
        }
        if (d->out_valid_o && d->out_ready_i) {
            const Beat& e = expect.front();
            const int col = static_cast<int>(outs % NC);
            const std::string where = "job " + std::to_string(e.job) + " column " + std::to_string(col);
            chk.check(d->out_col_o, col, where + " out_col_o");
            chk.check(d->out_last_o, col == NC - 1, where + " out_last_o");
            chk.check(d->out_mode_o, jobs[e.job].mode, where + " out_mode_o");
            for (int i = 0; i < T; ++i)
                chk.check(tb::get_lane(d->out_data_o, i, OW, true), e.f[i],
                          where + " row " + std::to_string(i));
            last_out[e.job] = sim.cycle + 1;
            expect.pop_front();
            ++outs;
            idle_cycles = 0;
        } else if (++idle_cycles > 100000) {
            chk.fail("timeout: no output for 100000 cycles, " + std::to_string(n_out - outs) +
                     " output beats missing");
            break;
        }
        sim.tick();
    }
    // After the last output nothing more may come out, and the engine must be idle.
    tb::drain(
        sim, chk, "predictor", 8, [&] { d->in_valid_i = 0, d->out_ready_i = 1; },
        [&] { sim.settle(); }, [&] { return d->out_valid_o != 0; }, [&] { return d->idle_o != 0; });
    // Per mode: jobs, the span from the first input beat to the last output beat, and the
    // mean latency of a job (stalls included when STALL_PCT > 0).
    for (int mode = 0; mode < 2; ++mode) {
        uint64_t n = 0, lat = 0, first = ~0ULL, last = 0;
        for (size_t j = 0; j < jobs.size(); ++j) {
            if (jobs[j].mode != mode) continue;
            ++n;
            lat += last_out[j] - first_in[j] + 1;
            first = std::min(first, first_in[j]);
            last = std::max(last, last_out[j]);
        }
        if (n)
            std::printf("predictor: mode %d: %llu jobs, %llu cycles from first input to last output, %.1f cycles/job latency (stall %d%%)\n",
                        mode, static_cast<unsigned long long>(n), static_cast<unsigned long long>(last - first + 1),
                        double(lat) / n, stall);
    }
    return chk.finish("predictor");
}
