// Co-simulation of <prefix>sufa against the golden model's vectors (src/sufa/vectors.rs).
// Streams Q rows and K/V beats with random valid gaps (two independent streams, as in the core),
// drains O with random ready stalls and compares every lane of every output row.
//
// usage: tb_sufa VECTORS [STALL_PCT=20] [SEED=1]
// Prints "sufa: N passed, M failed" and cycle figures; exit code 0 only when all pass.
// With STALL_PCT = 0 it also prints the cycles per tile (first K/V beat of the block's first
// tile to the last tile's end of pass B is not observable, so: K/V acceptance span per tile).

#include <deque>

#include "tb_common.h"

struct Block {
    int64_t mz, sz, tiles;
    std::vector<std::vector<int64_t>> q, kv, e;
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, D = 0;
    std::vector<Block> blocks;
    for (const auto& r : recs) {
        if (r.tag == "C") {
            T = r.f[0], D = r.f[1];
        } else if (r.tag == "B") {
            blocks.push_back({r.f[0], r.f[1], r.f[2], {}, {}, {}});
        } else if (r.tag == "Q") {
            blocks.back().q.push_back(r.f);
        } else if (r.tag == "K") {
            blocks.back().kv.push_back(r.f);
        } else if (r.tag == "E") {
            blocks.back().e.push_back(r.f);
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    sim.reset();

    tb::Checker chk;
    size_t qb = 0, qi = 0;   // Q stream: block, row
    size_t kb = 0, ki = 0;   // K/V stream: block, beat
    size_t ob = 0, oi = 0;   // O stream: block, row
    uint64_t idle_cycles = 0, kv_beats = 0, tiles = 0;
    uint64_t kv_first = 0, kv_last = 0, useful = 0;
    std::vector<uint64_t> tile_end;   // cycle of each tile's last K/V beat
    bool idle_seen_busy = false;
    tb::Offer q_offer, kv_offer;
    while (ob < blocks.size()) {
        d->q_valid_i = q_offer.next(qb < blocks.size(), rng, stall);
        if (qb < blocks.size()) {
            const Block& b = blocks[qb];
            d->mz_i = b.mz;
            d->sz_i = b.sz;
            d->tiles_i = b.tiles;
            for (int c = 0; c < D; ++c) tb::set_lane(d->q_row_i, c, 16, b.q[qi][c]);
        }
        d->kv_valid_i = kv_offer.next(kb < blocks.size(), rng, stall);
        if (kb < blocks.size()) {
            const auto& f = blocks[kb].kv[ki];
            d->kv_key_i = f[0];
            d->kv_last_i = f[1];
            for (int i = 0; i < T; ++i) tb::set_lane(d->kv_mask_i, i, 1, f[2 + i]);
            for (int c = 0; c < D; ++c) {
                tb::set_lane(d->kv_k_i, c, 16, f[2 + T + c]);
                tb::set_lane(d->kv_v_i, c, 16, f[2 + T + D + c]);
            }
        }
        d->o_ready_i = !rng.chance(stall);
        sim.settle();
        if (!d->idle_o) idle_seen_busy = true;
        if (q_offer.moved(d->q_ready_o)) {
            if (++qi == blocks[qb].q.size()) qi = 0, ++qb;
        }
        if (kv_offer.moved(d->kv_ready_o)) {
            if (kv_beats++ == 0) kv_first = sim.cycle;
            kv_last = sim.cycle;
            if (blocks[kb].kv[ki][1]) ++tiles, tile_end.push_back(sim.cycle);
            for (int i = 0; i < T; ++i) useful += blocks[kb].kv[ki][2 + i] ? D : 0;
            if (++ki == blocks[kb].kv.size()) ki = 0, ++kb;
        }
        if (d->o_valid_o && d->o_ready_i) {
            // Blocks without expected records (scripts/bench-sufa.sh) are timed, not checked.
            if (oi < blocks[ob].e.size()) {
                const auto& e = blocks[ob].e[oi];
                const std::string where = "block " + std::to_string(ob) + " row " + std::to_string(oi);
                for (int c = 0; c < D; ++c)
                    chk.check(tb::get_lane(d->o_row_o, c, 16, true), e[c],
                              where + " lane " + std::to_string(c));
            }
            if (++oi == static_cast<size_t>(T)) oi = 0, ++ob;
            idle_cycles = 0;
        } else if (++idle_cycles > 2000000) {
            chk.fail("timeout: no output for 2000000 cycles at block " + std::to_string(ob));
            break;
        }
        sim.tick();
    }
    for (int i = 0; i < 8; ++i) {
        d->q_valid_i = 0;
        d->kv_valid_i = 0;
        d->o_ready_i = 1;
        sim.settle();
        if (d->o_valid_o) chk.fail("extra output beat after the last expected one");
        sim.tick();
    }
    sim.settle();
    if (!d->idle_o || !idle_seen_busy) chk.fail("idle_o wrong after all blocks drained");
    std::printf("sufa: %zu blocks, %llu tiles, %llu K/V beats in %llu cycles (stall %d%%); "
                "K/V span %llu cycles, %.1f cycles per beat\n",
                blocks.size(), static_cast<unsigned long long>(tiles),
                static_cast<unsigned long long>(kv_beats),
                static_cast<unsigned long long>(sim.cycle), stall,
                static_cast<unsigned long long>(kv_last - kv_first + 1),
                kv_beats ? double(kv_last - kv_first + 1) / kv_beats : 0.0);
    if (tile_end.size() > 2) {
        // Steady state: tiles after the first (pass A of a tile overlaps pass B of the previous).
        const double per_tile = double(tile_end.back() - tile_end.front()) / (tile_end.size() - 1);
        std::printf("sufa: %.1f cycles per tile (steady state, tiles 2..%zu); useful MACs per array %llu\n",
                    per_tile, tile_end.size(), static_cast<unsigned long long>(useful));
    }
    std::printf("sufa: total %llu cycles\n", static_cast<unsigned long long>(sim.cycle));
    if (chk.passed == 0 && chk.failed == 0) return 0;  // timing-only run
    return chk.finish("sufa");
}
