//! RTL emitter of the DLZS predictor: T rows × `predictor_cols` shift-add PEs. The row and the
//! array are written out by this code (one instance per PE, one per row); the PE, the
//! leading-zero encoder, the rounding shifter and the saturator are tera leaves.
//!
//! One *job* is one block of the array: `len_i` beats, each carrying T row operands and NC
//! column operands, then NC output beats (one per array column, T lanes each).
//! - mode 0 (phase 1.1, K̂ = X·Wk): row i = token, column j = output dim; row lanes carry INT8 x
//!   (bits [7:0]), column lanes carry 4-bit Wk codes (bits [3:0]); len = H; outputs K̂ (sat16).
//! - mode 1 (phase 1.2, Â = Q·K̂ᵀ): row i = query, column j = key; row lanes carry INT16 q,
//!   encoded online by one LZE per row; column lanes carry INT16 k̂; len = d; outputs Â (sat_B).
//!
//! The finished sums move into a hold register chain per row and shift out one column per
//! output beat while the next job accumulates, so a job costs max(len, NC + 1) cycles.

use super::Geometry;
use crate::rtl::{Design, Module};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let pe = d.leaf("dlzs_pe", &[]);
    let lze = d.leaf("lze", &["lzc8"]);
    let rsr = d.leaf("rshift_round", &[]);
    let sat = d.leaf("sat", &[]);
    let row = emit_row(d, &g, &pe, &lze, &rsr, &sat);
    emit_top(d, &g, &row);
}

fn emit_row(d: &mut Design, g: &Geometry, pe: &str, lze: &str, rsr: &str, sat: &str) -> String {
    let name = d.name("predictor_row");
    let (nc, acc, ow, b) = (g.cols, g.acc_w, g.out_w, g.score_w);
    let mut s = String::new();
    let _ = write!(
        s,
        "// One row of the DLZS shift-add array: {nc} PEs sharing the row operand and its LZE,
// and the output stage ({stage}).
module {name} (
    input  wire              clk_i,
    input  wire              en_i,
    input  wire              first_i,
    input  wire              last_i,
    input  wire              mode_i,
    input  wire [15:0]       row_i,
    input  wire [{cw}:0] col_i,
    input  wire              shift_i,
    input  wire              out_mode_i,
    input  wire [5:0]        out_sh_i,
    output wire [{owm}:0]       out_o
);
    // Phase 1.2 converts the row's INT16 q online; the 8-bit mode of the LZE is not used here.
    wire [4:0] qcode;
    wire [3:0] unused_code8_hi;
    wire [3:0] unused_code8_lo;
    {lze} u_lze (
        .v_i(row_i), .mode8_i(1'b0),
        .code16_o(qcode), .code8_hi_o(unused_code8_hi), .code8_lo_o(unused_code8_lo)
    );

    // hold[j] is PE j's finished sum; the chain shifts towards PE 0 on each output beat.
    wire [{accm}:0] hold [0:{nc}];
    assign hold[{nc}] = {{{acc}{{1'b0}}}};
",
        cw = nc * 16 - 1,
        owm = ow - 1,
        accm = acc - 1,
        stage = if b == 16 {
            "rshift_round, then sat16: K̂ and Â share B = 16".to_string()
        } else {
            format!("rshift_round, then sat16 for K̂ or sat{b} for Â")
        },
    );
    for j in 0..nc {
        let _ = writeln!(
            s,
            "    {pe} #(.ACC_W({acc})) u_pe_{j} (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i), .last_i(last_i), .mode_i(mode_i),
        .x_i(row_i[7:0]), .wcode_i(col_i[{lo}+:4]), .k_i(col_i[{lo}+:16]), .qcode_i(qcode),
        .shift_i(shift_i), .hold_next_i(hold[{n}]), .hold_o(hold[{j}])
    );",
            lo = j * 16,
            n = j + 1,
        );
    }
    let _ = write!(
        s,
        "
    wire [{acc}:0] rounded;
    {rsr} #(.IN_W({acc})) u_round (.x_i(hold[0]), .sh_i(out_sh_i), .y_o(rounded));
    wire [15:0] k_sat;
    {sat} #(.IN_W({acc1}), .OUT_W(16)) u_sat16 (.x_i(rounded), .y_o(k_sat));
",
        acc1 = acc + 1,
    );
    let k_ext = sign_ext("k_sat", 16, ow);
    if b == 16 {
        let _ = writeln!(s, "    assign out_o = k_sat;");
    } else {
        let _ = write!(
            s,
            "    wire [{bm}:0] a_sat;
    {sat} #(.IN_W({acc1}), .OUT_W({b})) u_sat_b (.x_i(rounded), .y_o(a_sat));
    assign out_o = out_mode_i ? {a_ext} : {k_ext};
",
            bm = b - 1,
            acc1 = acc + 1,
            a_ext = sign_ext("a_sat", b, ow),
        );
    }
    if b == 16 {
        let _ = writeln!(s, "    wire unused_out_mode = out_mode_i;");
    }
    s.push_str("endmodule\n");
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![pe.into(), lze.into(), rsr.into(), sat.into()],
        ..Default::default()
    });
    name
}

/// `{{(to-from){sig[from-1]}}, sig}` or `sig` when no extension is needed.
fn sign_ext(sig: &str, from: u32, to: u32) -> String {
    if from == to {
        sig.into()
    } else {
        format!("{{{{{}{{{sig}[{}]}}}}, {sig}}}", to - from, from - 1)
    }
}

fn emit_top(d: &mut Design, g: &Geometry, row: &str) {
    let name = d.name("predictor");
    let r = d.reset();
    let (t, nc, ow, lw, cw) = (g.rows, g.cols, g.out_w, g.len_w, g.col_idx_w);
    let mut s = String::new();
    let _ = write!(
        s,
        "// DLZS predictor (spec §2): {t} x {nc} shift-add array for K̂ = X·Wk (mode 0) and Â = Q·K̂ᵀ (mode 1).
// A job is len_i input beats, then {nc} output beats (array column 0 first), {t} lanes of {ow} bits
// each. mode_i, len_i and the shift of the job's phase are sampled with every input beat and must
// stay constant within a job; len_i >= 1.
module {name} (
    input  wire              clk_i,
    input  wire              {rst},
    input  wire              mode_i,      // 0: K̂ = X·Wk (phase 1.1), 1: Â = Q·K̂ᵀ (phase 1.2)
    input  wire [{lwm}:0]        len_i,       // reduction length of a job: H (mode 0) or d (mode 1)
    input  wire [5:0]        sh_kp_i,     // SH_KP: K̂ = sat16(rshift_round(acc, SH_KP))
    input  wire [5:0]        sh_ap_i,     // SH_AP: Â = sat_B(rshift_round(acc, SH_AP))
    input  wire              in_valid_i,
    output wire              in_ready_o,
    input  wire [{rowm}:0]   in_row_i,    // T lanes x 16: x (INT8 in [7:0]) or q (INT16)
    input  wire [{colm}:0]   in_col_i,    // NC lanes x 16: Wk code {{s,e[2:0]}} in [3:0], or k̂ (INT16)
    output wire              out_valid_o,
    input  wire              out_ready_i,
    output wire [{outm}:0]   out_data_o,  // T lanes x {ow}: one array column, sign-extended
    output wire [{cwm}:0]        out_col_o,   // array column of this beat
    output wire              out_last_o,  // last column of the job
    output wire              out_mode_o,  // mode of the job being output (0: K̂, 1: Â)
    output wire              idle_o       // nothing accepted is still in flight
);
    // s1: the accepted beat, presented to the PEs. Its last beat may only enter the array when
    // the hold registers are free (the previous job fully drained).
    reg              s1_valid_q;
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_mode_q;
    reg [5:0]        s1_sh_q;
    reg [{rowm}:0]   s1_row_q;
    reg [{colm}:0]   s1_col_q;
    reg [{lwm}:0]        cnt_q;       // beats of the current job accepted so far
    reg              hold_full_q;
    reg              hold_mode_q;
    reg [5:0]        hold_sh_q;
    reg [{cwm}:0]        drain_q;     // column being output

    wire s1_fire    = s1_valid_q && !(s1_last_q && hold_full_q);
    assign in_ready_o = !s1_valid_q || s1_fire;
    wire in_fire    = in_valid_i && in_ready_o;
    wire in_first   = (cnt_q == {lw}'d0);
    wire in_last    = (cnt_q == len_i - {lw}'d1);
    wire load       = s1_fire && s1_last_q;
    wire out_fire   = hold_full_q && out_ready_i;
    wire drain_last = (drain_q == {cw}'d{ncm});

    {ff} begin
        if ({act}) begin
            s1_valid_q  <= 1'b0;
            cnt_q       <= {lw}'d0;
            hold_full_q <= 1'b0;
            drain_q     <= {cw}'d0;
        end else begin
            if (in_fire) begin
                s1_valid_q <= 1'b1;
                cnt_q      <= in_last ? {lw}'d0 : cnt_q + {lw}'d1;
            end else if (s1_fire) begin
                s1_valid_q <= 1'b0;
            end
            if (load) hold_full_q <= 1'b1;
            else if (out_fire && drain_last) hold_full_q <= 1'b0;
            if (out_fire) drain_q <= drain_last ? {cw}'d0 : drain_q + {cw}'d1;
        end
    end

    always @(posedge clk_i) begin
        if (in_fire) begin
            s1_first_q <= in_first;
            s1_last_q  <= in_last;
            s1_mode_q  <= mode_i;
            s1_sh_q    <= mode_i ? sh_ap_i : sh_kp_i;
            s1_row_q   <= in_row_i;
            s1_col_q   <= in_col_i;
        end
        if (load) begin
            hold_mode_q <= s1_mode_q;
            hold_sh_q   <= s1_sh_q;
        end
    end

    assign out_valid_o = hold_full_q;
    assign out_col_o   = drain_q;
    assign out_last_o  = drain_last;
    assign out_mode_o  = hold_mode_q;
    assign idle_o      = !s1_valid_q && !hold_full_q && in_first;

",
        rst = r.port,
        act = r.active,
        ff = r.always_ff(),
        lwm = lw - 1,
        cwm = cw - 1,
        ncm = nc - 1,
        rowm = t * 16 - 1,
        colm = nc * 16 - 1,
        outm = t * ow - 1,
    );
    for i in 0..t {
        let _ = writeln!(
            s,
            "    {row} u_row_{i} (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[{rl}+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[{ol}+:{ow}])
    );",
            rl = i * 16,
            ol = i * ow,
        );
    }
    s.push_str("endmodule\n");
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![row.into()],
        ..Default::default()
    });
    d.tops.push(name);
}
