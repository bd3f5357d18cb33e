// Co-simulation of star_rass (the core's reuse-aware scheduler) against src/core/vectors.rs:
// tiles of selected keys go in with random gaps; every output beat (key, tile, mask, last) must
// come out in RASS order (rows needing the key descending, arrival order among equals).
//
// usage: tb_rass VECTORS [STALL_PCT=20] [SEED=1]
#include <deque>

#include "tb_common.h"

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int words = 1;
    std::vector<tb::Rec> in;
    std::deque<tb::Rec> expect;
    for (const auto& r : recs) {
        if (r.tag == "P") words = r.f[1];
        else if (r.tag == "I") in.push_back(r);
        else if (r.tag == "E") expect.push_back(r);
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    sim.reset();
    tb::Checker chk;
    tb::Offer offer;
    size_t ii = 0, outs = 0, n_out = expect.size();
    uint64_t idle = 0;
    while (outs < n_out) {
        d->in_valid_i = offer.next(ii < in.size(), rng, stall);
        if (ii < in.size()) {
            d->in_key_i = in[ii].f[0];
            d->in_tile_i = in[ii].f[1];
            d->in_last_i = in[ii].f[2];
            for (int w = 0; w < words; ++w) tb::set_lane(d->in_mask_i, w, 32, in[ii].f[3 + w]);
        }
        d->out_ready_i = !rng.chance(stall);
        sim.settle();
        if (offer.moved(d->in_ready_o)) ++ii;
        if (d->out_valid_o && d->out_ready_i) {
            const auto& e = expect.front();
            const std::string at = "output beat " + std::to_string(outs);
            chk.check(d->out_key_o, e.f[0], at + " key");
            chk.check(d->out_tile_o, e.f[1], at + " tile");
            chk.check(d->out_last_o, e.f[2], at + " last");
            for (int w = 0; w < words; ++w)
                chk.check(tb::get_lane(d->out_mask_o, w, 32, false), e.f[3 + w], at + " mask word " + std::to_string(w));
            expect.pop_front();
            ++outs;
            idle = 0;
        } else if (++idle > 100000) {
            chk.fail("timeout: " + std::to_string(n_out - outs) + " output beats missing");
            break;
        }
        sim.tick();
    }
    tb::drain(
        sim, chk, "rass", 16, [&] { d->in_valid_i = 0, d->out_ready_i = 1; },
        [&] { sim.settle(); }, [&] { return d->out_valid_o != 0; }, [&] { return d->idle_o != 0; });
    std::printf("rass: %zu input beats, %zu output beats in %llu cycles (stall %d%%)\n", in.size(), n_out,
                static_cast<unsigned long long>(sim.cycle), stall);
    return chk.finish("rass");
}
