// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// STAR accelerator (spec sec. 6): an R x C mesh of STAR cores working as one module.
// Inside: the cores, a network interface per core, the XY routers, one merge unit per mesh row
// at its column-0 core. Host protocol (frozen, docs/spec-decisions.md "Multi-core top"):
// - Shared run-time registers (sh_*, kq_i, radius_i, causal_i, hidden_i, mz_i, sz_i) and the
//   sequence shape (seq_len_i = S, shard_tiles_i = Tc' = Tc / C, tile_len_i = Bc =
//   ceil(S / Tc), Tc' * Bc <= S_max) reach every core; change them only while idle_o.
//   Core x of a mesh row holds the tiles [x * Tc', (x + 1) * Tc'): its local key k is global
//   key x * Tc' * Bc + k; its token port (x_*) and predictor jobs (pred_*, khat_*) use local
//   keys, the shard padded to Tc' * Bc keys (keys at or beyond S are never selected).
// - Weights (w_*, b_*) are broadcast: one load reaches every core; legal while idle_o.
// - Per mesh row y: base_pos_i[y] (held while the row's block is in flight), T Q rows in on
//   q_*[y], T O rows out on o_*[y], row 0 first, ready/valid. The row's next block is accepted
//   once every partial of its previous block has reached the merge unit.
// - Per core n = y * C + x: lane n of pred_*, khat_*, x_* is that core's predictor job
//   stream, K-hat stream and token-memory port, exactly as on star_core.
module star_accel (
    input  wire           clk_i,
    input  wire           rst_i,
    // a head starts: clears every core's K/V store (a pulse, while idle_o)
    input  wire           head_i,
    input  wire           select_mode_i,  // to every core; change only while idle_o
    input  wire [5:0]     sh_kp_i,        // to every core; change only while idle_o
    input  wire [5:0]     sh_ap_i,        // to every core; change only while idle_o
    input  wire [6:0]     kq_i,           // to every core; change only while idle_o
    input  wire [15:0]    radius_i,       // to every core; change only while idle_o
    input  wire [12:0]    hidden_i,       // to every core; change only while idle_o
    input  wire [5:0]     sh_k_i,         // to every core; change only while idle_o
    input  wire [5:0]     sh_v_i,         // to every core; change only while idle_o
    input  wire [15:0]    mz_i,           // to every core; change only while idle_o
    input  wire [5:0]     sz_i,           // to every core; change only while idle_o
    input  wire           causal_i,       // to every core; change only while idle_o
    input  wire           w_valid_i,      // broadcast weight/bias load to every core, while idle_o
    input  wire [9:0]     w_addr_i,       // broadcast weight/bias load to every core, while idle_o
    input  wire [4095:0]  w_data_i,       // broadcast weight/bias load to every core, while idle_o
    input  wire           b_valid_i,      // broadcast weight/bias load to every core, while idle_o
    input  wire [6:0]     b_idx_i,        // broadcast weight/bias load to every core, while idle_o
    input  wire [31:0]    b_data_i,       // broadcast weight/bias load to every core, while idle_o
    input  wire [14:0]    seq_len_i,      // S
    input  wire [5:0]     shard_tiles_i,  // Tc' = Tc / C
    input  wire [12:0]    tile_len_i,     // Bc = ceil(S / Tc)
    input  wire [59:0]    base_pos_i,     // per mesh row: position of its block's row 0
    input  wire [3:0]     q_valid_i,      // per mesh row: Q rows, d INT16 lanes
    output wire [3:0]     q_ready_o,
    input  wire [4095:0]  q_row_i,
    output wire [3:0]     o_valid_o,      // per mesh row: O rows, d INT16 lanes
    input  wire [3:0]     o_ready_i,
    output wire [4095:0]  o_row_o,
    input  wire [15:0]    pred_valid_i,   // per core
    output wire [15:0]    pred_ready_o,   // per core
    input  wire [15:0]    pred_mode_i,    // per core
    input  wire [207:0]   pred_len_i,     // per core
    input  wire [32767:0] pred_row_i,     // per core
    input  wire [8191:0]  pred_col_i,     // per core
    output wire [15:0]    khat_valid_o,   // per core
    input  wire [15:0]    khat_ready_i,   // per core
    output wire [32767:0] khat_data_o,    // per core
    output wire [79:0]    khat_col_o,     // per core
    output wire [15:0]    khat_last_o,    // per core
    output wire [15:0]    x_rd_o,         // per core
    output wire [351:0]   x_addr_o,       // per core
    input  wire [511:0]   x_data_i,       // per core
    output wire [511:0]   kv_rows_o,      // per core
    output wire           idle_o          // every core, NI and merge unit idle
);
    localparam R = 4;
    localparam C = 4;
    localparam N = R * C;
    localparam FW = 139;     // flit
    localparam QW = 1024;     // Q or O row: d INT16 lanes
    localparam PW = 3227;     // partial row {any, m, l, o[d]}
    localparam POSW = 15; // global positions
    localparam SW = 13;     // local key counts
    localparam TCW = 6;
    localparam W_PRED_VALID_I = 1;
    localparam W_PRED_READY_O = 1;
    localparam W_PRED_MODE_I = 1;
    localparam W_PRED_LEN_I = 13;
    localparam W_PRED_ROW_I = 2048;
    localparam W_PRED_COL_I = 512;
    localparam W_KHAT_VALID_O = 1;
    localparam W_KHAT_READY_I = 1;
    localparam W_KHAT_DATA_O = 2048;
    localparam W_KHAT_COL_O = 5;
    localparam W_KHAT_LAST_O = 1;
    localparam W_X_RD_O = 1;
    localparam W_X_ADDR_O = 22;
    localparam W_X_DATA_I = 32;
    localparam W_KV_ROWS_O = 32;

    // Keys of one shard: Tc' * Bc, padding included.
    wire [TCW+SW-1:0] s_prod = {{SW{1'b0}}, shard_tiles_i} * {{TCW{1'b0}}, tile_len_i};
    wire [SW-1:0]     s_loc  = s_prod[SW-1:0];
    wire [TCW-1:0]    unused_s_prod_hi = s_prod[TCW+SW-1:SW];

    wire [N-1:0]    in_valid, in_ready, out_valid, out_ready;
    wire [N*FW-1:0] in_flit, out_flit;
    wire [N-1:0]    core_idle, ni_idle;
    wire [R-1:0]    mg_idle;
    star_mesh u_mesh (
        .clk_i(clk_i), .rst_i(rst_i),
        .in_valid_i(in_valid), .in_ready_o(in_ready), .in_flit_i(in_flit),
        .out_valid_o(out_valid), .out_ready_i(out_ready), .out_flit_o(out_flit)
    );

    genvar gy, gx;
    generate
        for (gy = 0; gy < R; gy = gy + 1) begin : g_row
            // The row's merge unit <-> its column-0 NI.
            wire          mx_valid, mx_ready, mm_valid, mm_ready;
            wire [FW-1:0] mx_flit, mm_flit;
            for (gx = 0; gx < C; gx = gx + 1) begin : g_col
                localparam NODE = gy * C + gx;
                localparam [POSW-1:0] XC = gx;
                // This core's shard: key base x * Tc' * Bc, real keys min(S - base, Tc' * Bc).
                wire [POSW-1:0] key_base = XC * {2'd0, s_loc};
                wire [POSW:0]   rest = {1'b0, seq_len_i} - {1'b0, key_base};
                wire [POSW-1:0] rest_lo = rest[POSW-1:0];
                wire [SW-1:0]   keys = rest[POSW] ? {SW{1'b0}}
                                     : (rest_lo > {2'd0, s_loc}) ? s_loc : rest_lo[SW-1:0];
                wire [POSW-SW-1:0] unused_rest = rest_lo[POSW-1:SW];
                wire          q_valid, q_ready, p_valid, p_ready;
                wire [QW-1:0] q_row;
                wire [PW-1:0] p_row;
                wire [QW-1:0] unused_o_row;
                wire          x_valid, x_ready, m_valid, m_ready;
                wire [FW-1:0] x_flit, m_flit;
                star_core u_core (
                    .clk_i(clk_i),
                    .rst_i(rst_i),
                    .sh_kp_i(sh_kp_i),
                    .sh_ap_i(sh_ap_i),
                    .select_mode_i(select_mode_i),
                    .kq_i(kq_i),
                    .tiles_i(shard_tiles_i),
                    .radius_i(radius_i),
                    .seq_len_i(s_loc),
                    .hidden_i(hidden_i),
                    .sh_k_i(sh_k_i),
                    .sh_v_i(sh_v_i),
                    .mz_i(mz_i),
                    .sz_i(sz_i),
                    .ntiles_i(shard_tiles_i),
                    .causal_i(causal_i),
                    .base_pos_i(base_pos_i[gy*POSW +: POSW]),
                    .key_base_i(key_base),
                    .keys_i(keys),
                    .part_i(1'b1),
                    .head_i(head_i),
                    .pred_valid_i(pred_valid_i[NODE*W_PRED_VALID_I +: W_PRED_VALID_I]),
                    .pred_ready_o(pred_ready_o[NODE*W_PRED_READY_O +: W_PRED_READY_O]),
                    .pred_mode_i(pred_mode_i[NODE*W_PRED_MODE_I +: W_PRED_MODE_I]),
                    .pred_len_i(pred_len_i[NODE*W_PRED_LEN_I +: W_PRED_LEN_I]),
                    .pred_row_i(pred_row_i[NODE*W_PRED_ROW_I +: W_PRED_ROW_I]),
                    .pred_col_i(pred_col_i[NODE*W_PRED_COL_I +: W_PRED_COL_I]),
                    .khat_valid_o(khat_valid_o[NODE*W_KHAT_VALID_O +: W_KHAT_VALID_O]),
                    .khat_ready_i(khat_ready_i[NODE*W_KHAT_READY_I +: W_KHAT_READY_I]),
                    .khat_data_o(khat_data_o[NODE*W_KHAT_DATA_O +: W_KHAT_DATA_O]),
                    .khat_col_o(khat_col_o[NODE*W_KHAT_COL_O +: W_KHAT_COL_O]),
                    .khat_last_o(khat_last_o[NODE*W_KHAT_LAST_O +: W_KHAT_LAST_O]),
                    .w_valid_i(w_valid_i),
                    .w_addr_i(w_addr_i),
                    .w_data_i(w_data_i),
                    .b_valid_i(b_valid_i),
                    .b_idx_i(b_idx_i),
                    .b_data_i(b_data_i),
                    .x_rd_o(x_rd_o[NODE*W_X_RD_O +: W_X_RD_O]),
                    .x_addr_o(x_addr_o[NODE*W_X_ADDR_O +: W_X_ADDR_O]),
                    .x_data_i(x_data_i[NODE*W_X_DATA_I +: W_X_DATA_I]),
                    .q_valid_i(q_valid),
                    .q_ready_o(q_ready),
                    .q_row_i(q_row),
                    .o_valid_o(p_valid),
                    .o_ready_i(p_ready),
                    .o_row_o(unused_o_row),
                    .p_row_o(p_row),
                    .kv_rows_o(kv_rows_o[NODE*W_KV_ROWS_O +: W_KV_ROWS_O]),
                    .idle_o(core_idle[NODE])
                );
                star_ni #(.X(gx), .Y(gy)) u_ni (
                    .clk_i(clk_i), .rst_i(rst_i),
                    .q_valid_o(q_valid), .q_ready_i(q_ready), .q_row_o(q_row),
                    .p_valid_i(p_valid), .p_ready_o(p_ready), .p_row_i(p_row),
                    .x_valid_i(x_valid), .x_ready_o(x_ready), .x_flit_i(x_flit),
                    .m_valid_o(m_valid), .m_ready_i(m_ready), .m_flit_o(m_flit),
                    .inj_valid_o(in_valid[NODE]), .inj_ready_i(in_ready[NODE]),
                    .inj_flit_o(in_flit[NODE*FW +: FW]),
                    .ej_valid_i(out_valid[NODE]), .ej_ready_o(out_ready[NODE]),
                    .ej_flit_i(out_flit[NODE*FW +: FW]),
                    .idle_o(ni_idle[NODE])
                );
                if (gx == 0) begin : g_merging
                    assign x_valid  = mx_valid;
                    assign x_flit   = mx_flit;
                    assign mx_ready = x_ready;
                    assign mm_valid = m_valid;
                    assign mm_flit  = m_flit;
                    assign m_ready  = mm_ready;
                end else begin : g_plain
                    // Only column 0 injects the merge unit's packets or receives partials.
                    assign x_valid = 1'b0;
                    assign x_flit  = {FW{1'b0}};
                    assign m_ready = 1'b1;
                    wire unused_x = x_ready ^ m_valid ^ (^m_flit);
                end
            end
            star_merge #(.Y(gy)) u_merge (
                .clk_i(clk_i), .rst_i(rst_i),
                .hq_valid_i(q_valid_i[gy]), .hq_ready_o(q_ready_o[gy]),
                .hq_row_i(q_row_i[gy*QW +: QW]),
                .x_valid_o(mx_valid), .x_ready_i(mx_ready), .x_flit_o(mx_flit),
                .m_valid_i(mm_valid), .m_ready_o(mm_ready), .m_flit_i(mm_flit),
                .o_valid_o(o_valid_o[gy]), .o_ready_i(o_ready_i[gy]),
                .o_row_o(o_row_o[gy*QW +: QW]),
                .idle_o(mg_idle[gy])
            );
        end
    endgenerate
    assign idle_o = (&core_idle) && (&ni_idle) && (&mg_idle);
endmodule
`default_nettype wire
