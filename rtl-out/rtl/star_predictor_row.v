// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One row of the DLZS shift-add array: 32 PEs sharing the row operand and its LZE,
// and the output stage (rshift_round, then sat16: K̂ and Â share B = 16).
module star_predictor_row (
    input  wire              clk_i,
    input  wire              en_i,
    input  wire              first_i,
    input  wire              last_i,
    input  wire              mode_i,
    input  wire [15:0]       row_i,
    input  wire [511:0] col_i,
    input  wire              shift_i,
    input  wire              out_mode_i,
    input  wire [5:0]        out_sh_i,
    output wire [15:0]       out_o
);
    // Phase 1.2 converts the row's INT16 q online; the 8-bit mode of the LZE is not used here.
    wire [4:0] qcode;
    wire [3:0] unused_code8_hi;
    wire [3:0] unused_code8_lo;
    star_lze u_lze (
        .v_i(row_i), .mode8_i(1'b0),
        .code16_o(qcode), .code8_hi_o(unused_code8_hi), .code8_lo_o(unused_code8_lo)
    );

    // hold[j] is PE j's finished sum; the chain shifts towards PE 0 on each output beat.
    wire [39:0] hold [0:32];
    assign hold[32] = {40{1'b0}};
    star_dlzs_pe #(.ACC_W(40)) u_pe_0 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[0+:4]), .k_i(col_i[0+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[1]), .hold_o(hold[0])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_1 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[16+:4]), .k_i(col_i[16+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[2]), .hold_o(hold[1])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_2 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[32+:4]), .k_i(col_i[32+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[3]), .hold_o(hold[2])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_3 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[48+:4]), .k_i(col_i[48+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[4]), .hold_o(hold[3])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_4 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[64+:4]), .k_i(col_i[64+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[5]), .hold_o(hold[4])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_5 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[80+:4]), .k_i(col_i[80+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[6]), .hold_o(hold[5])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_6 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[96+:4]), .k_i(col_i[96+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[7]), .hold_o(hold[6])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_7 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[112+:4]), .k_i(col_i[112+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[8]), .hold_o(hold[7])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_8 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[128+:4]), .k_i(col_i[128+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[9]), .hold_o(hold[8])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_9 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[144+:4]), .k_i(col_i[144+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[10]), .hold_o(hold[9])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_10 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[160+:4]), .k_i(col_i[160+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[11]), .hold_o(hold[10])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_11 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[176+:4]), .k_i(col_i[176+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[12]), .hold_o(hold[11])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_12 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[192+:4]), .k_i(col_i[192+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[13]), .hold_o(hold[12])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_13 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[208+:4]), .k_i(col_i[208+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[14]), .hold_o(hold[13])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_14 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[224+:4]), .k_i(col_i[224+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[15]), .hold_o(hold[14])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_15 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[240+:4]), .k_i(col_i[240+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[16]), .hold_o(hold[15])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_16 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[256+:4]), .k_i(col_i[256+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[17]), .hold_o(hold[16])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_17 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[272+:4]), .k_i(col_i[272+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[18]), .hold_o(hold[17])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_18 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[288+:4]), .k_i(col_i[288+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[19]), .hold_o(hold[18])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_19 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[304+:4]), .k_i(col_i[304+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[20]), .hold_o(hold[19])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_20 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[320+:4]), .k_i(col_i[320+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[21]), .hold_o(hold[20])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_21 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[336+:4]), .k_i(col_i[336+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[22]), .hold_o(hold[21])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_22 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[352+:4]), .k_i(col_i[352+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[23]), .hold_o(hold[22])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_23 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[368+:4]), .k_i(col_i[368+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[24]), .hold_o(hold[23])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_24 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[384+:4]), .k_i(col_i[384+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[25]), .hold_o(hold[24])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_25 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[400+:4]), .k_i(col_i[400+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[26]), .hold_o(hold[25])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_26 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[416+:4]), .k_i(col_i[416+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[27]), .hold_o(hold[26])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_27 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[432+:4]), .k_i(col_i[432+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[28]), .hold_o(hold[27])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_28 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[448+:4]), .k_i(col_i[448+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[29]), .hold_o(hold[28])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_29 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[464+:4]), .k_i(col_i[464+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[30]), .hold_o(hold[29])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_30 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[480+:4]), .k_i(col_i[480+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[31]), .hold_o(hold[30])
    );
    star_dlzs_pe #(.ACC_W(40)) u_pe_31 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[496+:4]), .k_i(col_i[496+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[32]), .hold_o(hold[31])
    );

    wire [40:0] rounded;
    star_rshift_round #(.IN_W(40)) u_round (.x_i(hold[0]), .sh_i(out_sh_i), .y_o(rounded));
    wire [15:0] k_sat;
    star_sat #(.IN_W(41), .OUT_W(16)) u_sat16 (.x_i(rounded), .y_o(k_sat));
    assign out_o = k_sat;
    wire unused_out_mode = out_mode_i;
endmodule
`default_nettype wire
