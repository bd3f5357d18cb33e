// Co-simulation of star_sorter against the golden model's vectors (src/sorter/vectors.rs).
// Streams every block's key beats with random valid gaps, drains the selected-key beats with
// random ready stalls, and compares SETS per (row, tile): each expected selected index seen
// counts as one passed value; a missing or extra index, a wrong tile order, a bad last flag or
// a bad empty-tile beat counts as a failure.
//
// usage: tb_sorter VECTORS [STALL_PCT=20] [SEED=1]
// Prints "sorter: N passed, M failed" and cycles per tile; exit code 0 only when all pass.

#include <set>

#include "tb_common.h"

struct Tile {
    int block, tile;
    bool checked = true;  // `K tile -1`: benchmark tile, only order and last are checked
    std::vector<std::set<int64_t>> want;  // per row
    bool empty = true;
};
struct Block {
    int64_t kq, tiles, radius, seq, causal, base, mode;
    std::vector<std::vector<int64_t>> beats;
};

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int T = 0, B = 0;
    std::vector<Block> blocks;
    std::vector<Tile> tiles;
    for (const auto& r : recs) {
        if (r.tag == "P") {
            T = r.f[0], B = r.f[1];
        } else if (r.tag == "J") {
            const int64_t mode = r.f.size() > 6 ? r.f[6] : 0;  // select_mode: 0 tile, 1 global
            blocks.push_back({r.f[0], r.f[1], r.f[2], r.f[3], r.f[4], r.f[5], mode, {}});
        } else if (r.tag == "I") {
            blocks.back().beats.push_back(r.f);
        } else if (r.tag == "K") {
            Tile t;
            t.block = static_cast<int>(blocks.size()) - 1;
            t.tile = static_cast<int>(r.f[0]);
            t.checked = r.f[1] >= 0;
            t.want.assign(T, {});
            tiles.push_back(t);
        } else if (r.tag == "E") {
            Tile& t = tiles.back();
            for (int i = 0; i < T; ++i)
                if (r.f[2 + i]) t.want[i].insert(r.f[0]), t.empty = false;
        }
    }
    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    sim.reset();

    tb::Checker chk;
    size_t bi = 0, ki = 0, ti = 0;
    uint64_t idle_cycles = 0, first_in = 0, last_out = 0;
    bool started = false;
    std::vector<std::set<int64_t>> got(T);
    uint64_t mode_passed[2] = {0, 0};  // selected keys matched, per select_mode
    auto where = [&](const Tile& t) {
        return "block " + std::to_string(t.block) + " tile " + std::to_string(t.tile);
    };
    tb::Offer offer;
    while (ti < tiles.size()) {
        const bool have = bi < blocks.size();
        d->in_valid_i = offer.next(have, rng, stall);
        if (have) {
            const Block& b = blocks[bi];
            d->kq_i = b.kq;
            d->tiles_i = b.tiles;
            d->radius_i = b.radius;
            d->seq_len_i = b.seq;
            d->keys_i = b.seq;  // every key exists (shards are covered by the core harness)
            d->causal_i = b.causal;
            d->base_pos_i = b.base;
            d->select_mode_i = b.mode;
            for (int i = 0; i < T; ++i) tb::set_lane(d->in_scores_i, i, B, b.beats[ki][i]);
        }
        d->out_ready_i = !rng.chance(stall);
        sim.settle();
        if (offer.moved(d->in_ready_o)) {
            if (!started) first_in = sim.cycle, started = true;
            if (++ki == blocks[bi].beats.size()) ki = 0, ++bi;
        }
        if (d->out_valid_o && d->out_ready_i) {
            Tile& t = tiles[ti];
            const std::string w = where(t);
            if (static_cast<int>(d->out_tile_o) != t.tile)
                chk.fail(w + ": beat for tile " + std::to_string(d->out_tile_o));
            const int64_t key = d->out_key_o;
            bool any = false;
            for (int i = 0; i < T; ++i) {
                if (!tb::get_lane(d->out_mask_o, i, 1, false)) continue;
                any = true;
                if (!t.checked) continue;
                if (t.want[i].count(key) && !got[i].count(key)) {
                    ++chk.passed;
                    ++mode_passed[blocks[t.block].mode & 1];
                    got[i].insert(key);
                } else {
                    chk.fail(w + " row " + std::to_string(i) + ": extra or repeated key " +
                             std::to_string(key));
                }
            }
            if (t.checked && !any && !(t.empty && d->out_last_o))
                chk.fail(w + ": beat with an empty mask in a tile that selects keys");
            if (d->out_last_o) {
                for (int i = 0; i < T; ++i)
                    for (int64_t k : t.want[i])
                        if (!got[i].count(k))
                            chk.fail(w + " row " + std::to_string(i) + ": missing key " +
                                     std::to_string(k));
                if (t.empty && t.checked) chk.check(any, 0, w + ": empty tile beat mask");
                if (!t.checked) ++chk.passed;
                for (auto& g : got) g.clear();
                ++ti;
            }
            last_out = sim.cycle;
            idle_cycles = 0;
        } else if (++idle_cycles > 200000) {
            chk.fail("timeout: no output for 200000 cycles, " + std::to_string(tiles.size() - ti) +
                     " tiles missing");
            break;
        }
        sim.tick();
    }
    for (int i = 0; i < 8; ++i) {
        d->in_valid_i = 0;
        d->out_ready_i = 1;
        sim.settle();
        if (d->out_valid_o) chk.fail("extra output beat after the last expected one");
        sim.tick();
    }
    sim.settle();
    if (!d->idle_o) chk.fail("idle_o low after all blocks drained");
    std::printf("sorter: %zu blocks, %zu tiles in %llu cycles (stall %d%%): %.1f cycles per tile\n",
                blocks.size(), tiles.size(), static_cast<unsigned long long>(last_out - first_in + 1),
                stall, tiles.empty() ? 0.0 : double(last_out - first_in + 1) / tiles.size());
    std::printf("sorter: selected keys matched: %llu in tile mode, %llu in global mode\n",
                static_cast<unsigned long long>(mode_passed[0]),
                static_cast<unsigned long long>(mode_passed[1]));
    return chk.finish("sorter");
}
