// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One SU-FA row: 2 + 2 MAC PEs on its own selected keys, exp2, divider.
// K queue: each entry is a key this row selected (ceil(d/P) cycles of Q*K^T) or a
// tile's end only (one cycle). z values wait in the z FIFO for pass B; the tile's maximum
// and key count are handed over at its end. Pass B issues one key every ceil(d/P) cycles
// once its V is queued. Pass A does not start tile j+2 before pass B has stored tile j.
module star_sufa_row (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire          q_we_i,       // load this row's Q
    input  wire [1023:0] q_i,          // d lanes of INT16 Q
    input  wire [15:0]   mz_i,         // MZ
    input  wire [5:0]    sz_i,         // SZ
    input  wire          blk_i,        // block start: clear the tile index and the block maximum
    input  wire          k_valid_i,    // K queue push: a selected key or a tile end
    output wire          k_ready_o,
    input  wire          k_last_i,     // last beat of the tile
    input  wire          k_has_i,      // the row selected the key (0: the tile's end only)
    input  wire [1023:0] k_data_i,     // d lanes of INT16 K
    input  wire          v_valid_i,    // V queue push: a selected key, in arrival order
    output wire          v_ready_o,
    input  wire [1023:0] v_data_i,     // d lanes of INT16 V
    output wire          idle_o,       // queues empty, every popped tile stored
    input  wire          mg_i,         // the exp2 unit serves the merge
    input  wire          mg_rd_i,      // read partial pidx_i
    input  wire          mg_load_i,    // its factor is ready
    input  wire          mg_en_i,      // a merge cycle
    input  wire [4:0]    pidx_i,       // partial the merge reads
    input  wire          dv_start_i,   // start a division
    input  wire          dv_done_i,    // its quotient is ready
    input  wire          out_shift_i,  // O beat: the rows' outputs shift
    input  wire [1023:0] o_next_i,     // the next row's output
    output wire [1023:0] o_row_o,      // this row's output
    input  wire          po_shift_i,   // partial mode: the merged (any, m, l, o) shift out
    input  wire [3226:0] p_next_i,     // the next row's merged partial
    output wire [3226:0] p_row_o       // this row's merged partial
);
    localparam P  = 2;  // MAC PEs per array
    localparam LW = P*16;  // bits of the P lanes one cycle uses

    // ---- Q, padded to ceil(d/P)*P lanes.
    reg  [1023:0] q_q;
    always @(posedge clk_i) if (q_we_i) q_q <= q_i;

    // ---- K queue {last, has, K}. Its head is read every cycle at the next read pointer; an
    // entry is visible once its write has reached the read port (kwd_q: kw_q a cycle ago).
    reg  [4:0] kw_q;
    reg  [4:0] kwd_q;
    reg  [4:0] kr_q;
    wire [1025:0] k_rd;
    wire       k_pop;
    wire [4:0] kr_n = (k_pop ? kr_q + 5'd1 : kr_q);
    assign k_ready_o = (kw_q - kr_q) != 5'd16;
    star_sram_16x1026 u_kq (
        .clk_i(clk_i), .we_i(k_valid_i), .waddr_i(kw_q[3:0]),
        .wdata_i({k_last_i, k_has_i, k_data_i}), .re_i(1'b1), .raddr_i(kr_n[3:0]), .rdata_o(k_rd)
    );

    // ---- pass A: s = Q*K over ceil(d/P) cycles, z five cycles after, the exact maximum. Each
    // product is two registered partial products (K's low byte, unsigned, and its high byte),
    // summed into s a cycle later: the lane select and a whole 16 x 16 multiply in one cycle were
    // a long path, and the adds were another.
    wire       k_last = k_rd[1025];
    wire       k_has  = k_rd[1024];
    wire [1023:0] k_lanes = k_rd[1023:0];
    reg  [4:0] a_cnt_q;      // lanes chunk of the head key
    reg  [1:0] ahead_q;      // tiles popped by pass A whose pass B has not stored them
    wire       a_on  = (kwd_q != kr_q) && (ahead_q != 2'd2);
    wire       a_mac = a_on && k_has;
    wire       a_end = a_on && (!k_has || (a_cnt_q == 5'd31));
    assign k_pop = a_end;
    wire [LW-1:0] q_ch = q_q[a_cnt_q*LW +: LW];
    wire [LW-1:0] k_ch = k_lanes[a_cnt_q*LW +: LW];
    reg  [39:0] s_q;
    // Q*K as two partial products per PE, split at K's byte: lo = Q * K's unsigned low byte,
    // hi = Q * its signed high byte, each as wide as the MAC's A_W + B_W + 1.
    localparam QL_W = 16 + 9 + 1;
    localparam QH_W = 16 + 8 + 1;
    localparam QK_W = QL_W + QH_W;
    wire [P*QK_W-1:0] qk_all;     // per PE {hi, lo}
    reg  [P*QK_W-1:0] qk_q;
    reg        a_mac_d_q;      // the cycle after a Q*K chunk: its products are in qk_q
    reg        a_first_d_q;    // ... and it was a key's first chunk
    genvar gk;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_qk
            star_sufa_mac #(.A_W(16), .B_W(9), .C_W(QL_W)) u_qk_lo (
                .a_i(q_ch[gk*16 +: 16]), .b_i({1'b0, k_ch[gk*16 +: 8]}),
                .c_i({QL_W{1'b0}}), .y_o(qk_all[gk*QK_W +: QL_W])
            );
            star_sufa_mac #(.A_W(16), .B_W(8), .C_W(QH_W)) u_qk_hi (
                .a_i(q_ch[gk*16 +: 16]), .b_i(k_ch[gk*16+8 +: 8]),
                .c_i({QH_W{1'b0}}), .y_o(qk_all[gk*QK_W+QL_W +: QH_W])
            );
        end
    endgenerate
    // s plus the chunk's P products, hi * 256 + lo each (wrapping 40-bit adds: the same sum in
    // any order).
    function [39:0] chunk_sum;
        input [39:0] acc;
        input [P*QK_W-1:0] prods;
        integer k;
        begin
            chunk_sum = acc;
            for (k = 0; k < P; k = k + 1) begin
                chunk_sum = chunk_sum
                    + {{(40-QL_W){prods[k*QK_W+QL_W-1]}}, prods[k*QK_W +: QL_W]}
                    + {{(40-QH_W-8){prods[k*QK_W+QK_W-1]}}, prods[k*QK_W+QL_W +: QH_W], 8'd0};
            end
        end
    endfunction
    always @(posedge clk_i) begin
        if (a_mac) qk_q <= qk_all;
        a_first_d_q <= (a_cnt_q == 5'd0);
        if (a_mac_d_q) s_q <= chunk_sum(a_first_d_q ? 40'd0 : s_q, qk_q);
    end

    wire [57:0] z;
    star_sufa_zscale #(.S_W(40)) u_z (.clk_i(clk_i), .s_i(s_q), .mz_i(mz_i), .sz_i(sz_i), .z_o(z));
    reg  [5:0] zv_q;         // a key's end, aligned with its z on the scaler's output
    reg  [5:0] zl_q;         // ... an entry that ends the tile
    wire       zv = zv_q[5];
    wire       zl = zl_q[5];
    // z FIFO (two tiles of at most kq_max keys); pointers one bit wider for the overflow check.
    wire [57:0] zr;           // the FIFO head, read every cycle
    reg  [7:0] wp_q;
    reg  [7:0] rp_q;
    wire       pop;
    star_sram_128x58 u_fifo (
        .clk_i(clk_i), .we_i(zv), .waddr_i(wp_q[6:0]), .wdata_i(z), .re_i(1'b1),
        .raddr_i(rp_q[6:0]), .rdata_o(zr)
    );

    // Running maximum and count of the tile's z so far; at the tile's end they wait for pass B.
    reg  [7:0] run_n_q;
    reg  [57:0] run_max_q;
    wire       z_gt  = (run_n_q == 8'd0) || ($signed(z) > $signed(run_max_q));
    wire [57:0] z_max = (zv && z_gt) ? z : run_max_q;
    wire [7:0] z_n   = (zv ? run_n_q + 8'd1 : run_n_q);
    reg  [57:0] m_a_q;
    reg  [7:0] n_a_q;
    reg        a_rdy_q;      // a tile's (m, n) waits for pass B
    always @(posedge clk_i) begin
        if (zv) run_max_q <= z_max;
        if (zl) begin
            m_a_q <= z_max;
            n_a_q <= z_n;
        end
    end

    // ---- pass B: per key u = min(m - z, 16384) -> exp2 -> p -> P*V, one key per ceil(d/P).
    reg        b_act_q;      // a tile is in pass B
    reg  [7:0] b_left_q;     // its keys not yet issued
    reg  [4:0] b_gap_q;
    reg  [4:0] i_q;          // issue pipeline: z pop (stage 1) ... p load (stage 5)
    reg  [4:0] b_tile_q;     // this row's tile index in the block
    reg  [57:0] m_q;          // the tile maximum m_j
    reg        any_b_q;
    wire       hand = a_rdy_q && !b_act_q;
    // V queue: an issued key's V is queued; pend_q counts issued keys whose V is still queued.
    reg  [4:0] vw_q;
    reg  [4:0] vr_q;
    reg  [4:0] pend_q;
    wire [4:0] v_cnt = vw_q - vr_q;
    assign v_ready_o = (v_cnt != 5'd16);
    wire       iss = b_act_q && (b_left_q != 8'd0) && (b_gap_q == 5'd0) && (v_cnt > pend_q);
    assign pop = i_q[0];
    wire       pv_load = i_q[4];
    reg        pv_busy_q;
    reg  [4:0] pv_c_q;
    wire       pv_en  = pv_busy_q;
    wire       pv_end = pv_busy_q && (pv_c_q == 5'd31);
    wire [4:0] vr_n = (pv_end ? vr_q + 5'd1 : vr_q);
    wire [1023:0] v_rd;
    star_sram_16x1024 u_vq (
        .clk_i(clk_i), .we_i(v_valid_i), .waddr_i(vw_q[3:0]), .wdata_i(v_data_i), .re_i(1'b1),
        .raddr_i(vr_n[3:0]), .rdata_o(v_rd)
    );

    wire [1023:0] v_lanes = v_rd;
    wire [LW-1:0] v_ch = v_lanes[pv_c_q*LW +: LW];
    reg        pv_en_d_q;      // the cycle after a P*V cycle: its partial products are in pr_q
    reg        pv_en_d2_q;     // ... two cycles after: their sums are in ps_q, added into o
    wire       pw = b_act_q && (b_left_q == 8'd0) && (i_q == 5'd0) && !pv_busy_q
                    && !pv_en_d_q && !pv_en_d2_q;
    always @(posedge clk_i) begin
        if (hand) begin
            m_q     <= m_a_q;
            any_b_q <= (n_a_q != 8'd0);
        end
        if (hand) b_left_q <= n_a_q;
        else if (iss) b_left_q <= b_left_q - 8'd1;
    end
    reg        mg_en_d_q;      // the cycle after a merge cycle: its partial products are in u_mg
    reg        mg_en_d2_q;     // ... two cycles after: its rounded term leaves u_mg, added
    reg  [2:0] mg_ld_q;        // the same for l's term (u_scale_l): added at [2]
    always @(posedge clk_i) begin
        if (rst_i) begin
            kw_q      <= 5'd0;
            kwd_q     <= 5'd0;
            kr_q      <= 5'd0;
            a_cnt_q   <= 5'd0;
            ahead_q   <= 2'd0;
            zv_q      <= 6'd0;
            zl_q      <= 6'd0;
            a_mac_d_q <= 1'b0;
            wp_q      <= 8'd0;
            rp_q      <= 8'd0;
            run_n_q   <= 8'd0;
            a_rdy_q   <= 1'b0;
            b_act_q   <= 1'b0;
            b_gap_q   <= 5'd0;
            i_q       <= 5'd0;
            b_tile_q  <= 5'd0;
            vw_q      <= 5'd0;
            vr_q      <= 5'd0;
            pend_q    <= 5'd0;
            pv_busy_q <= 1'b0;
            pv_c_q    <= 5'd0;
            mg_en_d_q <= 1'b0;
            mg_en_d2_q <= 1'b0;
            mg_ld_q   <= 3'd0;
            pv_en_d_q <= 1'b0;
            pv_en_d2_q <= 1'b0;
        end else begin
            mg_en_d_q <= mg_en_i;
            mg_en_d2_q <= mg_en_d_q;
            pv_en_d_q <= pv_en;
            pv_en_d2_q <= pv_en_d_q;
            mg_ld_q   <= {mg_ld_q[1:0], mg_load_i};
            kw_q  <= (k_valid_i ? kw_q + 5'd1 : kw_q);
            kwd_q <= kw_q;
            kr_q  <= kr_n;
            if (a_mac) a_cnt_q <= (a_cnt_q == 5'd31) ? 5'd0 : a_cnt_q + 5'd1;
            ahead_q <= ahead_q + {1'b0, k_pop && k_last} - {1'b0, pw};
            zv_q <= {zv_q[4:0], a_end && k_has};
            zl_q <= {zl_q[4:0], a_end && k_last};
            a_mac_d_q <= a_mac;
            wp_q <= (zv ? wp_q + 8'd1 : wp_q);
            rp_q <= (pop ? rp_q + 8'd1 : rp_q);
            if (zl) run_n_q <= 8'd0;
            else if (zv) run_n_q <= z_n;
            if (zl) a_rdy_q <= 1'b1;
            else if (hand) a_rdy_q <= 1'b0;
            if (hand) b_act_q <= 1'b1;
            else if (pw) b_act_q <= 1'b0;
            if (hand) b_gap_q <= 5'd0;
            else if (iss) b_gap_q <= 5'd31;
            else if (b_gap_q != 5'd0) b_gap_q <= b_gap_q - 5'd1;
            i_q <= {i_q[3:0], iss};
            if (blk_i) b_tile_q <= 5'd0;
            else if (pw) b_tile_q <= b_tile_q + 5'd1;
            vw_q   <= (v_valid_i ? vw_q + 5'd1 : vw_q);
            vr_q   <= vr_n;
            pend_q <= pend_q + {4'd0, iss} - {4'd0, pv_end};
            if (pv_load) begin
                pv_busy_q <= 1'b1;
                pv_c_q    <= 5'd0;
            end else if (pv_end) begin
                pv_busy_q <= 1'b0;
            end else if (pv_en) begin
                pv_c_q <= pv_c_q + 5'd1;
            end
        end
    end
    assign idle_o = (kw_q == kr_q) && (vw_q == vr_q) && (ahead_q == 2'd0);

    reg  [57:0] bm_q;         // the block maximum over the tiles' m_j
    reg        bany_q;
    // The partial being merged: any, m and l straight from the memory's read register, o rotating.
    wire [3226:0] pm_rd;
    wire       mg_any = pm_rd[3226];
    wire [57:0] mg_m   = pm_rd[3225:3168];
    wire [31:0] mg_l   = pm_rd[3167:3136];
    reg  [3135:0] mg_o_q;
    wire [58:0] dz_b = {m_q[57], m_q} - {zr[57], zr};
    wire [58:0] dz_m = {bm_q[57], bm_q} - {mg_m[57], mg_m};
    wire [58:0] dz   = mg_i ? dz_m : dz_b;
    wire [43:0] unused_dz_hi = dz[58:15];
    reg  [14:0] u_q;
    wire [15:0] p;
    always @(posedge clk_i) begin
        // dz >= 0 for every selected key and stored partial; clamp at 16384 (exp2q's range).
        u_q <= ($signed(dz) > 59'sd16384) ? 15'd16384 : dz[14:0];
    end
    star_sufa_exp2 #(.LUT({
        18'h10000, 18'h10164, 18'h102ca, 18'h10431, 18'h1059b, 18'h10707,
        18'h10874, 18'h109e4, 18'h10b56, 18'h10cc9, 18'h10e3f, 18'h10fb6,
        18'h11130, 18'h112ac, 18'h1142a, 18'h115aa, 18'h1172c, 18'h118b0,
        18'h11a36, 18'h11bbe, 18'h11d48, 18'h11ed5, 18'h12064, 18'h121f5,
        18'h12388, 18'h1251d, 18'h126b4, 18'h1284e, 18'h129ea, 18'h12b88,
        18'h12d28, 18'h12ecb, 18'h13070, 18'h13217, 18'h133c1, 18'h1356c,
        18'h1371a, 18'h138cb, 18'h13a7e, 18'h13c33, 18'h13dea, 18'h13fa4,
        18'h14161, 18'h1431f, 18'h144e1, 18'h146a4, 18'h1486a, 18'h14a33,
        18'h14bfe, 18'h14dcb, 18'h14f9b, 18'h1516e, 18'h15343, 18'h1551a,
        18'h156f4, 18'h158d1, 18'h15ab0, 18'h15c92, 18'h15e77, 18'h1605e,
        18'h16248, 18'h16434, 18'h16624, 18'h16815, 18'h16a0a, 18'h16c01,
        18'h16dfb, 18'h16ff8, 18'h171f7, 18'h173fa, 18'h175ff, 18'h17807,
        18'h17a11, 18'h17c1f, 18'h17e2f, 18'h18042, 18'h18259, 18'h18472,
        18'h1868e, 18'h188ac, 18'h18ace, 18'h18cf3, 18'h18f1b, 18'h19146,
        18'h19373, 18'h195a4, 18'h197d8, 18'h19a0f, 18'h19c49, 18'h19e86,
        18'h1a0c6, 18'h1a30a, 18'h1a550, 18'h1a79a, 18'h1a9e7, 18'h1ac37,
        18'h1ae8a, 18'h1b0e0, 18'h1b33a, 18'h1b597, 18'h1b7f7, 18'h1ba5b,
        18'h1bcc2, 18'h1bf2c, 18'h1c19a, 18'h1c40b, 18'h1c67f, 18'h1c8f7,
        18'h1cb72, 18'h1cdf1, 18'h1d073, 18'h1d2f8, 18'h1d582, 18'h1d80e,
        18'h1da9e, 18'h1dd32, 18'h1dfc9, 18'h1e264, 18'h1e503, 18'h1e7a5,
        18'h1ea4b, 18'h1ecf5, 18'h1efa2, 18'h1f253, 18'h1f507, 18'h1f7c0,
        18'h1fa7c, 18'h1fd3c, 18'h20000
    })) u_exp2 (.clk_i(clk_i), .u_i(u_q), .p_o(p));

    reg  [15:0] p_q;
    reg  [15:0] f_q;
    reg  [31:0] l_q;
    reg  [3135:0] o_q;
    wire [15:0] f_sel = mg_any ? p : 16'd0;
    // l's merge term: scaled from the registered factor (mg_l holds in the read register until
    // the next tile's read) by the two-stage scaler, added when it leaves it: the exp2 unit, a
    // whole multiply and the add in one cycle were the core's critical path.
    wire [32:0] l_scaled;
    star_sufa_pscale #(.A_W(33)) u_scale_l (
        .clk_i(clk_i), .a_i({1'b0, mg_l}), .f_i(f_q), .y_o(l_scaled)
    );
    wire unused_l_scaled = l_scaled[32];
    // P*V likewise, split at V's byte (p is unsigned, so A_W = 17), summed into PS_W bits.
    localparam PL_W = 17 + 9 + 1;
    localparam PH_W = 17 + 8 + 1;
    localparam PV_W = PL_W + PH_W;
    localparam PS_W = PH_W + 8;
    wire [97:0] pv_all;
    wire [P*PV_W-1:0] pr_all;     // per PE {hi, lo}
    reg  [P*PV_W-1:0] pr_q;
    wire [P*PS_W-1:0] ps_all;
    reg  [P*PS_W-1:0] ps_q;
    wire [97:0] mg_all;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_pv
            wire [48:0] mt;
            star_sufa_mac #(.A_W(17), .B_W(9), .C_W(PL_W)) u_pv_lo (
                .a_i({1'b0, p_q}), .b_i({1'b0, v_ch[gk*16 +: 8]}),
                .c_i({PL_W{1'b0}}), .y_o(pr_all[gk*PV_W +: PL_W])
            );
            star_sufa_mac #(.A_W(17), .B_W(8), .C_W(PH_W)) u_pv_hi (
                .a_i({1'b0, p_q}), .b_i(v_ch[gk*16+8 +: 8]),
                .c_i({PH_W{1'b0}}), .y_o(pr_all[gk*PV_W+PL_W +: PH_W])
            );
            assign ps_all[gk*PS_W +: PS_W] =
                {{(PS_W-PL_W){pr_q[gk*PV_W+PL_W-1]}}, pr_q[gk*PV_W +: PL_W]}
                + {pr_q[gk*PV_W+PL_W +: PH_W], 8'd0};
            star_add_cs #(.W(49)) u_pv_add (
                .a_i(o_q[gk*49 +: 49]),
                .b_i({{(49-PS_W){ps_q[gk*PS_W+PS_W-1]}}, ps_q[gk*PS_W +: PS_W]}),
                .ci_i(1'b0), .y_o(pv_all[gk*49 +: 49])
            );
            star_sufa_pscale #(.A_W(49)) u_mg (
                .clk_i(clk_i), .a_i(mg_o_q[gk*49 +: 49]), .f_i(f_q), .y_o(mt)
            );
            star_add_cs #(.W(49)) u_mg_add (
                .a_i(o_q[gk*49 +: 49]), .b_i(mt), .ci_i(1'b0), .y_o(mg_all[gk*49 +: 49])
            );
        end
    endgenerate

    star_sram_32x3227 u_partials (
        .clk_i(clk_i), .we_i(pw), .waddr_i(b_tile_q), .wdata_i({any_b_q, m_q, l_q, o_q}),
        .re_i(mg_rd_i), .raddr_i(pidx_i), .rdata_o(pm_rd)
    );
    always @(posedge clk_i) begin
        // A key's p is loaded in the last P*V cycle of the previous key: l and o update apart.
        if (blk_i || pw) l_q <= 32'd0;
        else if (pv_load) l_q <= l_q + {16'd0, p};
        else if (mg_ld_q[2]) l_q <= l_q + l_scaled[31:0];
        else if (po_shift_i) l_q <= p_next_i[3167:3136];
        if (blk_i || pw) o_q <= 3136'd0;
        else if (pv_en_d2_q) o_q <= {pv_all, o_q[3135:98]};
        else if (mg_en_d2_q) o_q <= {mg_all, o_q[3135:98]};
        else if (dv_start_i) o_q <= {49'd0, o_q[3135:49]};
        else if (po_shift_i) o_q <= p_next_i[3135:0];
        if (pv_load) p_q <= p;
        if (mg_load_i) f_q <= f_sel;
        if (blk_i) bany_q <= 1'b0;
        else if (pw && any_b_q && (!bany_q || $signed(m_q) > $signed(bm_q))) begin
            bm_q   <= m_q;
            bany_q <= 1'b1;
        end else if (po_shift_i) begin
            bm_q   <= p_next_i[3225:3168];
            bany_q <= p_next_i[3226];
        end
        if (mg_load_i) mg_o_q <= pm_rd[3135:0];
        else if (mg_en_i) mg_o_q <= {mg_o_q[97:0], mg_o_q[3135:98]};
        if (pv_en) pr_q <= pr_all;
        if (pv_en_d_q) ps_q <= ps_all;
    end

    // ---- divide: lane 0 of o by l, o shifting down one lane per division.
    wire [15:0] q_div;
    star_sufa_div #(.N_W(49), .D_W(32)) u_div (
        .clk_i(clk_i), .start_i(dv_start_i), .n_i(o_q[48:0]), .d_i(l_q), .q_o(q_div)
    );
    reg  [1023:0] o_out_q;
    always @(posedge clk_i) begin
        if (dv_done_i) o_out_q <= {q_div, o_out_q[1023:16]};
        else if (out_shift_i) o_out_q <= o_next_i;
    end
    assign o_row_o = o_out_q;
    assign p_row_o = {bany_q, bm_q, l_q, o_q};
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_k_stall_q;  // k: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_k_stall_q <= 1'b0;
        else chk_k_stall_q <= k_valid_i && !k_ready_o;
    end
    wire [1025:0] chk_k_beat = {k_last_i, k_has_i, k_data_i};
    reg  [1025:0] chk_k_beat_q;
    always @(posedge clk_i) chk_k_beat_q <= chk_k_beat;
    reg chk_v_stall_q;  // v: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_v_stall_q <= 1'b0;
        else chk_v_stall_q <= v_valid_i && !v_ready_o;
    end
    wire [1023:0] chk_v_beat = {v_data_i};
    reg  [1023:0] chk_v_beat_q;
    always @(posedge clk_i) chk_v_beat_q <= chk_v_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_k_stall_q && (!k_valid_i || chk_k_beat !== chk_k_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: k beat dropped or changed while stalled, t=%0t",
                         $time);
            if (k_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: k_valid_i unknown, t=%0t", $time);
            if (chk_v_stall_q && (!v_valid_i || chk_v_beat !== chk_v_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: v beat dropped or changed while stalled, t=%0t",
                         $time);
            if (v_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: v_valid_i unknown, t=%0t", $time);
            if (k_valid_i && !k_ready_o)
                $display("STAR-PROTOCOL-ERROR %m: K queue overflow, t=%0t", $time);
            if (v_valid_i && !v_ready_o)
                $display("STAR-PROTOCOL-ERROR %m: V queue overflow, t=%0t", $time);
            if (zv && ((wp_q - rp_q) == 8'd128))
                $display("STAR-PROTOCOL-ERROR %m: z FIFO overflow, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
