// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// NC shift-add PEs share the row operand (x for phase 1.1) and the row's Q code (phase 1.2,
// encoded and registered by the predictor's input stage, so no LZE sits in front of the
// shift-accumulate path). The finished sums move into a hold chain that shifts towards PE 0
// on each output beat, through rshift_round and sat16 (K-hat) or sat_B (A-hat).
module star_predictor_row #(
    parameter NC    = 32,  // PEs (array columns)
    parameter ACC_W = 40,  // accumulator bits
    parameter B     = 16   // A-hat score bits
) (
    input  wire                           clk_i,
    input  wire                           en_i,        // accumulate one term in every PE
    input  wire                           first_i,     // the term starts a new sum
    input  wire                           last_i,      // the term ends the sum
    input  wire                           mode_i,      // 0: K-hat = X.Wk, 1: A-hat = Q.K-hat^T
    input  wire [7:0]                     x_i,         // phase 1.1 row operand (INT8)
    // phase 1.2 row operand, leading-zero code {s, e}
    input  wire [4:0]                     qcode_i,
    input  wire [16*NC-1:0]               col_i,       // NC column lanes of 16 bits
    input  wire                           shift_i,     // output beat: the hold chain shifts
    input  wire                           out_mode_i,  // mode of the job being output
    input  wire [5:0]                     out_sh_i,    // its shift
    output wire [((B > 16) ? B : 16)-1:0] out_o        // PE 0's sum
);
    // Dependent parameter: do not override.
    localparam OUT_W = (B > 16) ? B : 16;

    // hold[j] is PE j's finished sum; hold[NC] feeds zeros into the end of the chain.
    wire [ACC_W-1:0] hold [0:NC];
    assign hold[NC] = {ACC_W{1'b0}};

    genvar j;
    generate
        for (j = 0; j < NC; j = j + 1) begin : g_pe
            star_dlzs_pe #(.ACC_W(ACC_W)) u_pe (
                .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i),
                .mode_i(mode_i), .x_i(x_i), .wcode_i(col_i[16*j +: 4]),
                .k_i(col_i[16*j +: 16]), .qcode_i(qcode_i), .shift_i(shift_i),
                .hold_next_i(hold[j+1]), .hold_o(hold[j])
            );
        end
    endgenerate

    wire [ACC_W:0] rounded;
    wire [15:0]    k_sat;
    star_rshift_round #(.IN_W(ACC_W)) u_round (
        .x_i(hold[0]), .sh_i(out_sh_i), .y_o(rounded)
    );
    star_sat #(.IN_W(ACC_W+1), .OUT_W(16)) u_sat16 (.x_i(rounded), .y_o(k_sat));

    // K-hat and A-hat share the output lane, each sign-extended to OUT_W bits.
    generate
        if (B == 16) begin : g_b16
            assign out_o = k_sat;
            wire unused_out_mode = out_mode_i;
        end else begin : g_b
            wire [B-1:0] a_sat;
            star_sat #(.IN_W(ACC_W+1), .OUT_W(B)) u_sat_b (.x_i(rounded), .y_o(a_sat));
            if (B < 16) begin : g_narrow
                assign out_o = out_mode_i ? {{(OUT_W-B){a_sat[B-1]}}, a_sat} : k_sat;
            end else begin : g_wide
                assign out_o = out_mode_i ? a_sat : {{(OUT_W-16){k_sat[15]}}, k_sat};
            end
        end
    endgenerate
endmodule
`default_nettype wire
