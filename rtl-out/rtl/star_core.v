// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// STAR core (spec §1): DLZS predictor -> SADS sorter -> RASS -> K/V generation -> SU-FA,
// streaming tile by tile. Phase 1.1 jobs return K̂ on khat_*; phase 1.2 jobs feed Â to the sorter
// (columns beyond S are dropped); O leaves as T rows. X is read through x_* (1-cycle latency).
module star_core (
    input  wire clk_i,
    input  wire rst_i,
    input  wire [5:0] sh_kp_i, // SH_KP
    input  wire [5:0] sh_ap_i, // SH_AP
    input  wire select_mode_i, // selection: 0 per tile, 1 global (spec 3.4)
    input  wire [6:0] kq_i, // kq: keys kept per tile and row
    input  wire [5:0] tiles_i, // Tc: tiles per key row
    input  wire [15:0] radius_i, // r: SADS radius
    input  wire [12:0] seq_len_i, // S: keys in the sequence
    input  wire causal_i, // causal mask on
    input  wire [12:0] base_pos_i, // position of query row 0
    input  wire [12:0] hidden_i, // H: hidden size
    input  wire [5:0] sh_k_i, // SH_K
    input  wire [5:0] sh_v_i, // SH_V
    input  wire [15:0] mz_i, // MZ
    input  wire [5:0] sz_i, // SZ
    input  wire [5:0] ntiles_i, // tiles that exist: ceil(S / Bc)
    input  wire pred_valid_i,
    output wire pred_ready_o,
    input  wire pred_mode_i,
    input  wire [12:0] pred_len_i,
    input  wire [2047:0] pred_row_i,
    input  wire [511:0] pred_col_i,
    output wire [2047:0] khat_data_o,
    output wire [4:0] khat_col_o,
    output wire khat_last_o,
    input  wire w_valid_i,
    input  wire [9:0] w_addr_i,
    input  wire [4095:0] w_data_i,
    input  wire b_valid_i,
    input  wire [6:0] b_idx_i,
    input  wire [31:0] b_data_i,
    output wire x_rd_o,
    output wire [21:0] x_addr_o,
    input  wire [31:0] x_data_i,
    input  wire q_valid_i,
    output wire q_ready_o,
    input  wire [1023:0] q_row_i,
    output wire [1023:0] o_row_o,
    output wire khat_valid_o, // K̂ column (phase 1.1 job)
    input  wire khat_ready_i,
    output wire o_valid_o, // O row
    input  wire o_ready_i,
    output wire idle_o // every engine idle
);

    wire             p_valid, p_ready, p_last, p_mode, p_idle;
    wire [2047:0] p_data;
    wire [4:0] p_col;
    reg  [12:0] kcnt_q;      // key index of the next Â column
    wire             a_keep = ({kcnt_q} < {seq_len_i});
    wire             s_in_valid, s_in_ready;
    assign s_in_valid   = p_valid && p_mode && a_keep;
    assign khat_valid_o = p_valid && !p_mode;
    assign p_ready      = p_mode ? (!a_keep || s_in_ready) : khat_ready_i;
    assign khat_data_o  = p_data;
    assign khat_col_o   = p_col;
    assign khat_last_o  = p_last;
    wire a_fire = p_valid && p_ready && p_mode;

    always @(posedge clk_i) begin
        if (rst_i) kcnt_q <= 13'd0;
        else if (a_fire)
            kcnt_q <= (p_last && (kcnt_q + 13'd1 >= {seq_len_i})) ? 13'd0 : kcnt_q + 13'd1;
    end
    wire [2047:0] s_scores = {p_data[2032+:16], p_data[2016+:16], p_data[2000+:16], p_data[1984+:16], p_data[1968+:16], p_data[1952+:16], p_data[1936+:16], p_data[1920+:16], p_data[1904+:16], p_data[1888+:16], p_data[1872+:16], p_data[1856+:16], p_data[1840+:16], p_data[1824+:16], p_data[1808+:16], p_data[1792+:16], p_data[1776+:16], p_data[1760+:16], p_data[1744+:16], p_data[1728+:16], p_data[1712+:16], p_data[1696+:16], p_data[1680+:16], p_data[1664+:16], p_data[1648+:16], p_data[1632+:16], p_data[1616+:16], p_data[1600+:16], p_data[1584+:16], p_data[1568+:16], p_data[1552+:16], p_data[1536+:16], p_data[1520+:16], p_data[1504+:16], p_data[1488+:16], p_data[1472+:16], p_data[1456+:16], p_data[1440+:16], p_data[1424+:16], p_data[1408+:16], p_data[1392+:16], p_data[1376+:16], p_data[1360+:16], p_data[1344+:16], p_data[1328+:16], p_data[1312+:16], p_data[1296+:16], p_data[1280+:16], p_data[1264+:16], p_data[1248+:16], p_data[1232+:16], p_data[1216+:16], p_data[1200+:16], p_data[1184+:16], p_data[1168+:16], p_data[1152+:16], p_data[1136+:16], p_data[1120+:16], p_data[1104+:16], p_data[1088+:16], p_data[1072+:16], p_data[1056+:16], p_data[1040+:16], p_data[1024+:16], p_data[1008+:16], p_data[992+:16], p_data[976+:16], p_data[960+:16], p_data[944+:16], p_data[928+:16], p_data[912+:16], p_data[896+:16], p_data[880+:16], p_data[864+:16], p_data[848+:16], p_data[832+:16], p_data[816+:16], p_data[800+:16], p_data[784+:16], p_data[768+:16], p_data[752+:16], p_data[736+:16], p_data[720+:16], p_data[704+:16], p_data[688+:16], p_data[672+:16], p_data[656+:16], p_data[640+:16], p_data[624+:16], p_data[608+:16], p_data[592+:16], p_data[576+:16], p_data[560+:16], p_data[544+:16], p_data[528+:16], p_data[512+:16], p_data[496+:16], p_data[480+:16], p_data[464+:16], p_data[448+:16], p_data[432+:16], p_data[416+:16], p_data[400+:16], p_data[384+:16], p_data[368+:16], p_data[352+:16], p_data[336+:16], p_data[320+:16], p_data[304+:16], p_data[288+:16], p_data[272+:16], p_data[256+:16], p_data[240+:16], p_data[224+:16], p_data[208+:16], p_data[192+:16], p_data[176+:16], p_data[160+:16], p_data[144+:16], p_data[128+:16], p_data[112+:16], p_data[96+:16], p_data[80+:16], p_data[64+:16], p_data[48+:16], p_data[32+:16], p_data[16+:16], p_data[0+:16]};
    wire [11:0] so_key;
    wire [4:0] so_tile;
    wire [127:0] so_mask;
    wire so_valid, so_ready, so_last, s_idle;
    wire ro_valid, ro_ready, ro_last, r_idle;
    wire [11:0] ro_key;
    wire [4:0] ro_tile;
    wire [127:0] ro_mask;
    wire kv_valid, kv_ready, kv_last, k_idle, f_idle;
    wire [11:0] kv_key;
    wire [127:0] kv_mask;
    wire [1023:0] kv_k;
    wire [1023:0] kv_v;
    wire [4:0] unused_ro_tile = ro_tile;

    star_predictor u_predictor (
        .clk_i(clk_i),
        .rst_i(rst_i),
        .mode_i(pred_mode_i),
        .len_i(pred_len_i),
        .sh_kp_i(sh_kp_i),
        .sh_ap_i(sh_ap_i),
        .in_valid_i(pred_valid_i),
        .in_ready_o(pred_ready_o),
        .in_row_i(pred_row_i),
        .in_col_i(pred_col_i),
        .out_valid_o(p_valid),
        .out_ready_i(p_ready),
        .out_data_o(p_data),
        .out_col_o(p_col),
        .out_last_o(p_last),
        .out_mode_o(p_mode),
        .idle_o(p_idle)
    );
    star_sorter u_sorter (
        .clk_i(clk_i),
        .rst_i(rst_i),
        .select_mode_i(select_mode_i),
        .kq_i(kq_i),
        .tiles_i(tiles_i),
        .radius_i(radius_i),
        .seq_len_i(seq_len_i),
        .causal_i(causal_i),
        .base_pos_i(base_pos_i),
        .in_valid_i(s_in_valid),
        .in_ready_o(s_in_ready),
        .in_scores_i(s_scores),
        .out_valid_o(so_valid),
        .out_ready_i(so_ready),
        .out_key_o(so_key),
        .out_tile_o(so_tile),
        .out_mask_o(so_mask),
        .out_last_o(so_last),
        .idle_o(s_idle)
    );
    star_rass u_rass (
        .clk_i(clk_i),
        .rst_i(rst_i),
        .in_valid_i(so_valid),
        .in_ready_o(so_ready),
        .in_key_i(so_key),
        .in_tile_i(so_tile),
        .in_mask_i(so_mask),
        .in_last_i(so_last),
        .out_valid_o(ro_valid),
        .out_ready_i(ro_ready),
        .out_key_o(ro_key),
        .out_tile_o(ro_tile),
        .out_mask_o(ro_mask),
        .out_last_o(ro_last),
        .idle_o(r_idle)
    );
    star_kvgen u_kvgen (
        .clk_i(clk_i),
        .rst_i(rst_i),
        .hidden_i(hidden_i),
        .sh_k_i(sh_k_i),
        .sh_v_i(sh_v_i),
        .w_valid_i(w_valid_i),
        .w_addr_i(w_addr_i),
        .w_data_i(w_data_i),
        .b_valid_i(b_valid_i),
        .b_idx_i(b_idx_i),
        .b_data_i(b_data_i),
        .tok_valid_i(ro_valid),
        .tok_ready_o(ro_ready),
        .tok_key_i(ro_key),
        .tok_mask_i(ro_mask),
        .tok_last_i(ro_last),
        .x_rd_o(x_rd_o),
        .x_addr_o(x_addr_o),
        .x_data_i(x_data_i),
        .kv_valid_o(kv_valid),
        .kv_ready_i(kv_ready),
        .kv_key_o(kv_key),
        .kv_mask_o(kv_mask),
        .kv_last_o(kv_last),
        .kv_k_o(kv_k),
        .kv_v_o(kv_v),
        .idle_o(k_idle)
    );
    star_sufa u_sufa (
        .clk_i(clk_i),
        .rst_i(rst_i),
        .mz_i(mz_i),
        .sz_i(sz_i),
        .tiles_i(ntiles_i),
        .q_valid_i(q_valid_i),
        .q_ready_o(q_ready_o),
        .q_row_i(q_row_i),
        .kv_valid_i(kv_valid),
        .kv_ready_o(kv_ready),
        .kv_key_i(kv_key),
        .kv_mask_i(kv_mask),
        .kv_last_i(kv_last),
        .kv_k_i(kv_k),
        .kv_v_i(kv_v),
        .o_valid_o(o_valid_o),
        .o_ready_i(o_ready_i),
        .o_row_o(o_row_o),
        .idle_o(f_idle)
    );

    assign idle_o = p_idle && s_idle && r_idle && k_idle && f_idle && !p_valid;
endmodule
`default_nettype wire
