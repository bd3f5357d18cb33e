// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One SU-FA row: P = 2 Q*K^T PEs and 2 P*V PEs, z scaler, z FIFO, exact tile maximum, exp2 unit,
// tile accumulators l and o, partial memory for the merge, divider. Sequenced by the top.
module star_sufa_row (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire              q_we_i,       // load this row's Q
    input  wire [1023:0]   q_i,
    input  wire [15:0]       mz_i,
    input  wire [5:0]        sz_i,
    input  wire              blk_i,        // block start: clear accumulators and the block maximum
    // pass A
    input  wire              qk_en_i,      // a Q*K^T cycle on K lanes k_i
    input  wire              qk_first_i,   // its first cycle of the key
    input  wire [31:0]    k_i,
    input  wire              za_valid_i,   // z of a key is on the z scaler's output
    input  wire              za_sel_i,     // ... and this row selected the key
    input  wire              za_tfirst_i,  // ... which is the first beat of its tile
    input  wire              hand_i,       // pass A's tile moves to pass B
    // pass B
    input  wire              pb_rd_i,      // a key of pass B: pop z when selected
    input  wire              pb_sel_i,
    input  wire              pv_load_i,    // p of that key is ready: load it
    input  wire              pv_en_i,      // a P*V cycle on V lanes v_i
    input  wire [31:0]    v_i,
    input  wire              pw_i,         // tile done: store the partial at pidx_i
    input  wire [4:0]        pidx_i,
    // merge, divide, output
    input  wire              mg_i,         // the exp2 unit serves the merge
    input  wire              mg_rd_i,      // read partial pidx_i
    input  wire              mg_load_i,    // its factor is ready
    input  wire              mg_en_i,      // a merge cycle
    input  wire              dv_start_i,
    input  wire              dv_done_i,
    input  wire              out_shift_i,
    input  wire [1023:0]   o_next_i,
    output wire [1023:0]   o_row_o,
    input  wire              po_shift_i,   // partial mode: shift the merged (any, m, l, o) out
    input  wire [3226:0]   p_next_i,
    output wire [3226:0]   p_row_o
);
    // ---- pass A: s = Q*K over 32 cycles, then z; the exact maximum over selected keys.
    reg  [1023:0] q_q;
    reg  [39:0] s_q;
    wire [39:0] s_c [0:2];
    assign s_c[0] = qk_first_i ? 40'd0 : s_q;
    localparam P = 2;
    genvar gk;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_qk
            star_sufa_mac #(.A_W(16), .B_W(16), .C_W(40)) u_qk (
                .a_i(q_q[gk*16 +: 16]), .b_i(k_i[gk*16 +: 16]), .c_i(s_c[gk]), .y_o(s_c[gk+1])
            );
        end
    endgenerate
    always @(posedge clk_i) begin
        if (q_we_i) q_q <= q_i;
        else if (qk_en_i) q_q <= {q_q[31:0], q_q[1023:32]};
        if (qk_en_i) s_q <= s_c[2];
    end

    wire [57:0] z;
    star_sufa_zscale #(.S_W(40)) u_z (.clk_i(clk_i), .s_i(s_q), .mz_i(mz_i), .sz_i(sz_i), .z_o(z));

    wire [57:0] zr;         // the FIFO head, read every cycle
    reg  [6:0] wp_q;
    reg  [6:0] rp_q;
    reg  [57:0] zmax_q;     // pass A's running maximum
    reg            any_a_q;
    reg  [57:0] m_q;        // pass B's tile maximum m_j
    reg            any_b_q;
    wire push = za_valid_i && za_sel_i;
    wire pop  = pb_rd_i && pb_sel_i;
    always @(posedge clk_i) begin
        if (rst_i) begin
            wp_q <= 7'd0;
            rp_q <= 7'd0;
        end else begin
            if (push) wp_q <= wp_q + 7'd1;
            if (pop)  rp_q <= rp_q + 7'd1;
        end
    end
    star_sram_128x58 u_fifo (
        .clk_i(clk_i), .we_i(push), .waddr_i(wp_q), .wdata_i(z),
        .re_i(1'b1), .raddr_i(rp_q), .rdata_o(zr)
    );
    always @(posedge clk_i) begin
        if (za_valid_i && za_tfirst_i) begin
            zmax_q  <= z;
            any_a_q <= za_sel_i;
        end else if (push && (!any_a_q || $signed(z) > $signed(zmax_q))) begin
            zmax_q  <= z;
            any_a_q <= 1'b1;
        end
        if (hand_i) begin
            m_q     <= zmax_q;
            any_b_q <= any_a_q;
        end
    end

    // ---- pass B: u = min(m - z, 16384) -> exp2 -> p (0 for an unselected key) -> P*V.
    reg  [3:0]     act_q;      // selected bit, aligned with the pipeline stages
    reg  [57:0] bm_q;       // the block maximum over the tiles' m_j
    reg            bany_q;
    // The partial being merged: any, m and l straight from the memory's read register, o rotating.
    wire [3226:0] pm_rd;
    wire           mg_any = pm_rd[3226];
    wire [57:0] mg_m   = pm_rd[3225:3168];
    wire [31:0] mg_l   = pm_rd[3167:3136];
    reg  [3135:0] mg_o_q;
    wire [58:0]   dz_b = {m_q[57], m_q} - {zr[57], zr};
    wire [58:0]   dz_m = {bm_q[57], bm_q} - {mg_m[57], mg_m};
    wire [58:0]   dz   = mg_i ? dz_m : dz_b;
    wire [43:0] unused_dz_hi = dz[58:15];
    reg  [14:0]    u_q;
    wire [15:0]    p;
    always @(posedge clk_i) begin
        act_q <= {act_q[2:0], pop};
        // dz >= 0 for every selected key and stored partial; clamp at 16384 (exp2q's range).
        u_q   <= ($signed(dz) > 59'sd16384) ? 15'd16384 : dz[14:0];
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

    reg  [15:0]    p_q;
    reg  [15:0]    f_q;
    reg  [31:0] l_q;
    reg  [3135:0] o_q;
    wire [15:0]    p_sel = act_q[3] ? p : 16'd0;
    wire [15:0]    f_sel = mg_any ? p : 16'd0;
    wire [32:0]   l_scaled;
    star_sufa_scale #(.A_W(33)) u_scale_l (.a_i({1'b0, mg_l}), .f_i(f_sel), .y_o(l_scaled));
    wire unused_l_scaled = l_scaled[32];
    wire [97:0] pv_all;
    wire [97:0] mg_all;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_pv
            wire [48:0] mt;
            star_sufa_mac #(.A_W(17), .B_W(16), .C_W(49)) u_pv (
                .a_i({1'b0, p_q}), .b_i(v_i[gk*16 +: 16]), .c_i(o_q[gk*49 +: 49]),
                .y_o(pv_all[gk*49 +: 49])
            );
            star_sufa_scale #(.A_W(49)) u_mg (.a_i(mg_o_q[gk*49 +: 49]), .f_i(f_q), .y_o(mt));
            assign mg_all[gk*49 +: 49] = o_q[gk*49 +: 49] + mt;
        end
    endgenerate

    star_sram_32x3227 u_partials (
        .clk_i(clk_i), .we_i(pw_i), .waddr_i(pidx_i), .wdata_i({any_b_q, m_q, l_q, o_q}),
        .re_i(mg_rd_i), .raddr_i(pidx_i), .rdata_o(pm_rd)
    );
    always @(posedge clk_i) begin
        // A key's p is loaded in the last P*V cycle of the previous key: l and o update apart.
        if (blk_i || pw_i) l_q <= 32'd0;
        else if (pv_load_i) l_q <= l_q + {16'd0, p_sel};
        else if (mg_load_i) l_q <= l_q + l_scaled[31:0];
        else if (po_shift_i) l_q <= p_next_i[3167:3136];
        if (blk_i || pw_i) o_q <= 3136'd0;
        else if (pv_en_i) o_q <= {pv_all, o_q[3135:98]};
        else if (mg_en_i) o_q <= {mg_all, o_q[3135:98]};
        else if (dv_start_i) o_q <= {49'd0, o_q[3135:49]};
        else if (po_shift_i) o_q <= p_next_i[3135:0];
        if (pv_load_i) p_q <= p_sel;
        if (mg_load_i) f_q <= f_sel;
        if (blk_i) bany_q <= 1'b0;
        else if (pw_i && any_b_q && (!bany_q || $signed(m_q) > $signed(bm_q))) begin
            bm_q   <= m_q;
            bany_q <= 1'b1;
        end else if (po_shift_i) begin
            bm_q   <= p_next_i[3225:3168];
            bany_q <= p_next_i[3226];
        end
        if (mg_load_i) mg_o_q <= pm_rd[3135:0];
        else if (mg_en_i) mg_o_q <= {mg_o_q[97:0], mg_o_q[3135:98]};
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
endmodule
`default_nettype wire
