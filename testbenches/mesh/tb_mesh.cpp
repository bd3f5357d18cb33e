// Co-simulation of star_mesh (the §6 network) against src/mesh/vectors.rs: every node injects its
// packets in order (random gaps inside and between packets), every eject port stalls at random.
// Checks the delivery contract: each packet exactly once, intact, at its destination; packets of
// one source to one destination in order; the flits of a packet contiguous on the eject port.
// One payload flit compared = one passed value. Also reports latency and throughput.
//
// usage: tb_mesh VECTORS [STALL_PCT=20] [SEED=1]
#include <deque>

#include "tb_common.h"

namespace {

template <std::size_t N>
void set_bits(VlWide<N>& port, int lsb, int w, uint64_t v) {
    for (int b = 0; b < w; ++b) {
        const int bit = lsb + b;
        const uint32_t m = 1u << (bit % 32);
        if ((v >> b) & 1)
            port[bit / 32] |= m;
        else
            port[bit / 32] &= ~m;
    }
}

template <std::size_t N>
uint64_t get_bits(const VlWide<N>& port, int lsb, int w) {
    uint64_t v = 0;
    for (int b = 0; b < w; ++b) {
        const int bit = lsb + b;
        v |= static_cast<uint64_t>((port[bit / 32] >> (bit % 32)) & 1) << b;
    }
    return v;
}

struct Pkt {
    int src, dst, type, gap;
    std::vector<std::vector<uint32_t>> in, want;  // payload words per flit
    uint64_t injected = 0;
};

}  // namespace

int main(int argc, char** argv) {
    auto args = tb::parse_args(argc, argv);
    const int stall = args.stall;
    tb::Lcg& rng = args.rng;
    const auto& recs = args.recs;
    int R = 1, C = 1, DW = 128, XW = 1, YW = 1;
    std::vector<Pkt> pk;
    for (const auto& r : recs) {
        if (r.tag == "P") {
            R = r.f[0]; C = r.f[1]; DW = r.f[2]; XW = r.f[3]; YW = r.f[4];
        } else if (r.tag == "I") {
            pk.push_back(Pkt{static_cast<int>(r.f[0]), static_cast<int>(r.f[1]), static_cast<int>(r.f[2]),
                             static_cast<int>(r.f[4]), {}, {}});
        } else if (r.tag == "F" || r.tag == "E") {
            std::vector<uint32_t> w;
            for (auto v : r.f) w.push_back(static_cast<uint32_t>(v));
            (r.tag == "F" ? pk.back().in : pk.back().want).push_back(w);
        }
    }
    const int N = R * C, WORDS = DW / 32;
    const int FW = DW + 1 + 2 * (XW + YW) + 2;
    const int L_LAST = DW, L_SX = DW + 1, L_SY = L_SX + XW, L_DX = L_SY + YW, L_DY = L_DX + XW, L_T = L_DY + YW;

    // Sources: their packets in file order. Expectations: per (dst, src), packets in order.
    std::vector<std::deque<int>> src_q(N), exp_q(N * N);
    uint64_t total_flits = 0;
    for (size_t i = 0; i < pk.size(); ++i) {
        src_q[pk[i].src].push_back(static_cast<int>(i));
        exp_q[pk[i].dst * N + pk[i].src].push_back(static_cast<int>(i));
        total_flits += pk[i].in.size();
    }
    std::vector<int> s_flit(N, 0), s_wait(N, -1);  // -1: gap of the next packet not loaded yet
    std::vector<int> e_pkt(N, -1), e_flit(N, 0);

    tb::Sim sim(argc, argv);
    auto* d = sim.dut;
    sim.reset();
    tb::Checker chk;
    int shown = 0;
    auto report = [&](const std::string& s) {
        if (shown++ < 8) std::printf("%s\n", s.c_str());
    };
    size_t delivered = 0;
    uint64_t idle = 0, lat_sum = 0, bound_sum = 0, flits_out = 0;
    while (delivered < pk.size()) {
        for (int n = 0; n < N; ++n) {
            bool offer = false;
            if (!src_q[n].empty()) {
                const Pkt& p = pk[src_q[n].front()];
                if (s_flit[n] == 0 && s_wait[n] < 0) s_wait[n] = p.gap;
                if (s_wait[n] > 0) {
                    --s_wait[n];
                } else {
                    offer = !rng.chance(stall);
                    const int f = s_flit[n];
                    const int lo = n * FW;
                    for (int k = 0; k < WORDS; ++k) set_bits(d->in_flit_i, lo + 32 * k, 32, p.in[f][k]);
                    set_bits(d->in_flit_i, lo + L_LAST, 1, f + 1 == static_cast<int>(p.in.size()));
                    set_bits(d->in_flit_i, lo + L_SX, XW, p.src % C);
                    set_bits(d->in_flit_i, lo + L_SY, YW, p.src / C);
                    set_bits(d->in_flit_i, lo + L_DX, XW, p.dst % C);
                    set_bits(d->in_flit_i, lo + L_DY, YW, p.dst / C);
                    set_bits(d->in_flit_i, lo + L_T, 2, p.type);
                }
            }
            tb::set_lane(d->in_valid_i, n, 1, offer);
            tb::set_lane(d->out_ready_i, n, 1, !rng.chance(stall));
        }
        sim.settle();
        bool moved = false;
        for (int n = 0; n < N; ++n) {
            if (tb::get_lane(d->in_valid_i, n, 1, false) && tb::get_lane(d->in_ready_o, n, 1, false)) {
                Pkt& p = pk[src_q[n].front()];
                if (s_flit[n] == 0) p.injected = sim.cycle;
                if (++s_flit[n] == static_cast<int>(p.in.size())) {
                    src_q[n].pop_front();
                    s_flit[n] = 0;
                    s_wait[n] = -1;
                }
            }
            if (!(tb::get_lane(d->out_valid_o, n, 1, false) && tb::get_lane(d->out_ready_i, n, 1, false))) continue;
            moved = true;
            ++flits_out;
            const int lo = n * FW;
            const int src = get_bits(d->out_flit_o, lo + L_SY, YW) * C + get_bits(d->out_flit_o, lo + L_SX, XW);
            const int dst = get_bits(d->out_flit_o, lo + L_DY, YW) * C + get_bits(d->out_flit_o, lo + L_DX, XW);
            const bool last = get_bits(d->out_flit_o, lo + L_LAST, 1);
            const int type = get_bits(d->out_flit_o, lo + L_T, 2);
            const std::string at = "node " + std::to_string(n) + " cycle " + std::to_string(sim.cycle);
            if (dst != n || src >= N) {
                chk.fail(at + ": flit for node " + std::to_string(dst) + " from " + std::to_string(src));
                continue;
            }
            if (e_pkt[n] < 0) {
                auto& q = exp_q[n * N + src];
                if (q.empty()) {
                    chk.fail(at + ": extra packet from node " + std::to_string(src));
                    continue;
                }
                e_pkt[n] = q.front();
                q.pop_front();
                e_flit[n] = 0;
            } else if (src != pk[e_pkt[n]].src) {
                chk.fail(at + ": flit from node " + std::to_string(src) + " inside a packet from node " +
                         std::to_string(pk[e_pkt[n]].src) + " (wormhole interleaving)");
                continue;
            }
            const Pkt& p = pk[e_pkt[n]];
            const int f = e_flit[n];
            const bool want_last = f + 1 == static_cast<int>(p.want.size());
            bool ok = type == p.type && last == want_last;
            for (int k = 0; k < WORDS; ++k)
                ok = ok && get_bits(d->out_flit_o, lo + 32 * k, 32) == p.want[f][k];
            if (!ok)
                report("MISMATCH " + at + ": flit " + std::to_string(f) + " of packet " + std::to_string(e_pkt[n]) +
                       " from node " + std::to_string(src) + " (payload, type or last; out of order?)");
            chk.check(ok, 1, at);
            ++e_flit[n];
            if (last || want_last) {
                lat_sum += sim.cycle - p.injected;
                const int hops = std::abs(p.src % C - n % C) + std::abs(p.src / C - n / C) + 1;
                bound_sum += hops + p.want.size() - 1;
                ++delivered;
                e_pkt[n] = -1;
            }
        }
        if (moved) idle = 0;
        else if (++idle > 20000) {
            chk.fail("timeout: " + std::to_string(pk.size() - delivered) + " packets missing");
            break;
        }
        sim.tick();
    }
    const uint64_t cycles = sim.cycle;
    for (int q = 0; q < N * N; ++q)
        for (int i : exp_q[q])
            chk.fail("missing packet " + std::to_string(i) + " from node " + std::to_string(pk[i].src) + " to node " +
                     std::to_string(pk[i].dst));
    for (int i = 0; i < 32; ++i) {
        d->in_valid_i = 0;
        for (int n = 0; n < N; ++n) tb::set_lane(d->out_ready_i, n, 1, 1);
        sim.settle();
        for (int n = 0; n < N; ++n)
            if (tb::get_lane(d->out_valid_o, n, 1, false)) chk.fail("extra flit at node " + std::to_string(n));
        sim.tick();
    }
    const double np = delivered ? static_cast<double>(delivered) : 1.0;
    std::printf("mesh: %dx%d, %zu packets, %llu flits in %llu cycles (stall %d%%): %.3f flits/cycle "
                "(%.3f per node), mean packet latency %.1f cycles (zero-load bound %.1f)\n",
                R, C, pk.size(), static_cast<unsigned long long>(total_flits),
                static_cast<unsigned long long>(cycles), stall, flits_out / static_cast<double>(cycles ? cycles : 1),
                flits_out / static_cast<double>(cycles ? cycles : 1) / N, lat_sum / np, bound_sum / np);
    return chk.finish("mesh");
}
