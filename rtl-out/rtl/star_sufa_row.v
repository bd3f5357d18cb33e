// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One SU-FA row: P = 2 Q·Kᵀ PEs and 2 P·V PEs, z scaler, z FIFO, exact tile maximum, exp2 unit,
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
    input  wire              qk_en_i,      // a Q·Kᵀ cycle on K lanes k_i
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
    input  wire              pv_en_i,      // a P·V cycle on V lanes v_i
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
    output wire [1023:0]   o_row_o
);
    // ---- pass A: s = Q·K over 32 cycles, then z; the exact maximum over selected keys.
    reg  [1023:0] q_q;
    reg  [39:0] s_q;
    wire [39:0] s_c [0:2];
    assign s_c[0] = qk_first_i ? 40'd0 : s_q;
    star_sufa_mac #(.A_W(16), .B_W(16), .C_W(40)) u_qk_0 (.a_i(q_q[0+:16]), .b_i(k_i[0+:16]), .c_i(s_c[0]), .y_o(s_c[1]));
    star_sufa_mac #(.A_W(16), .B_W(16), .C_W(40)) u_qk_1 (.a_i(q_q[16+:16]), .b_i(k_i[16+:16]), .c_i(s_c[1]), .y_o(s_c[2]));
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

    // ---- pass B: u = min(m - z, 16384) → exp2 → p (0 for an unselected key) → P·V.
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
    star_sufa_exp2 #(.LUT(2322'h100004059102ca410c5059b41c1d0874427910b56433250e3f43ed9113044ab1142a456a9172c462c11a3646ef91d4847b552064487d523884947526b44a13929ea4ae212d284bb2d30704c85d33c14d5b1371a4e32d3a7e4f0cd3dea4fe91416150c7d44e151a91486a528cd4bfe5372d4f9b545b953435546956f4563455ab0572495e77581796248590d166245a0556a0a5b0056dfb5bfe171f75cfe975ff5e01d7a115f07d7e2f601098259611c9868e622b18ace633cd8f1b6451993736569197d86683d9c4967a19a0c668c29a55069e69a9e76b0ddae8a6c381b33a6d65db7f76e96dbcc26fcb1c19a7102dc67f723ddcb72737c5d07374be1d58276039da9e774c9dfc978991e50379e95ea4b7b3d5efa27c94df5077df01fa7c7f4f20000)) u_exp2 (.clk_i(clk_i), .u_i(u_q), .p_o(p));

    reg  [15:0]    p_q;
    reg  [15:0]    f_q;
    reg  [31:0] l_q;
    reg  [3135:0] o_q;
    wire [15:0]    p_sel = act_q[3] ? p : 16'd0;
    wire [15:0]    f_sel = mg_any ? p : 16'd0;
    wire [32:0]   l_scaled;
    star_sufa_scale #(.A_W(33)) u_scale_l (.a_i({1'b0, mg_l}), .f_i(f_sel), .y_o(l_scaled));
    wire unused_l_scaled = l_scaled[32];
    wire [48:0] pv_0;
    wire [48:0] mt_0;
    star_sufa_mac #(.A_W(17), .B_W(16), .C_W(49)) u_pv_0 (.a_i({1'b0, p_q}), .b_i(v_i[0+:16]), .c_i(o_q[0+:49]), .y_o(pv_0));
    star_sufa_scale #(.A_W(49)) u_mg_0 (.a_i(mg_o_q[0+:49]), .f_i(f_q), .y_o(mt_0));
    wire [48:0] pv_1;
    wire [48:0] mt_1;
    star_sufa_mac #(.A_W(17), .B_W(16), .C_W(49)) u_pv_1 (.a_i({1'b0, p_q}), .b_i(v_i[16+:16]), .c_i(o_q[49+:49]), .y_o(pv_1));
    star_sufa_scale #(.A_W(49)) u_mg_1 (.a_i(mg_o_q[49+:49]), .f_i(f_q), .y_o(mt_1));

    star_sram_32x3227 u_partials (
        .clk_i(clk_i), .we_i(pw_i), .waddr_i(pidx_i), .wdata_i({any_b_q, m_q, l_q, o_q}),
        .re_i(mg_rd_i), .raddr_i(pidx_i), .rdata_o(pm_rd)
    );
    always @(posedge clk_i) begin
        // A key's p is loaded in the last P·V cycle of the previous key: l and o update apart.
        if (blk_i || pw_i) l_q <= 32'd0;
        else if (pv_load_i) l_q <= l_q + {16'd0, p_sel};
        else if (mg_load_i) l_q <= l_q + l_scaled[31:0];
        if (blk_i || pw_i) o_q <= 3136'd0;
        else if (pv_en_i) o_q <= {{pv_1, pv_0}, o_q[3135:98]};
        else if (mg_en_i) o_q <= {{o_q[49+:49] + mt_1, o_q[0+:49] + mt_0}, o_q[3135:98]};
        else if (dv_start_i) o_q <= {49'd0, o_q[3135:49]};
        if (pv_load_i) p_q <= p_sel;
        if (mg_load_i) f_q <= f_sel;
        if (blk_i) bany_q <= 1'b0;
        else if (pw_i && any_b_q && (!bany_q || $signed(m_q) > $signed(bm_q))) begin
            bm_q   <= m_q;
            bany_q <= 1'b1;
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
endmodule
`default_nettype wire
