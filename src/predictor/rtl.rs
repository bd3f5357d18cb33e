//! RTL emitter of the DLZS predictor: T rows x `predictor_cols` shift-add PEs. The row is the
//! parameterised template `predictor_row` (a `generate` loop of PEs); the top instantiates it in
//! one `generate` loop of rows. The PE, the leading-zero encoder, the rounding shifter and the
//! saturator are tera leaves.
//!
//! One *job* is one block of the array: `len_i` beats, each carrying T row operands and NC
//! column operands, then NC output beats (one per array column, T lanes each).
//! - mode 0 (phase 1.1, K-hat = X.Wk): row i = token, column j = output dim; row lanes carry
//!   INT8 x (bits [7:0]), column lanes carry 4-bit Wk codes (bits [3:0]); len = H; outputs
//!   K-hat (sat16).
//! - mode 1 (phase 1.2, A-hat = Q.K-hat^T): row i = query, column j = key; row lanes carry
//!   INT16 q, encoded by one LZE per row in the input stage and registered with the beat;
//!   column lanes carry INT16 k-hat; len = d; outputs A-hat (sat_B).
//!
//! The finished sums move into a hold register chain per row and shift out one column per
//! output beat while the next job accumulates, so a job costs max(len, NC + 1) cycles. The
//! output beat is registered (a skid buffer): one cycle of latency, full throughput.

use super::Geometry;
use crate::rtl::{Design, Instance, Module, Stream, Width};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let lze = d.leaf("lze", &["lzc8"]);
    let pe = d.leaf("dlzs_pe", &[]);
    let rsr = d.leaf("rshift_round", &["add_cs"]);
    let sat = d.leaf("sat", &[]);
    let row = d.leaf_with(
        "predictor_row",
        &[
            ("nc", g.cols.to_string()),
            ("acc_w", g.acc_w.to_string()),
            ("b", g.score_w.to_string()),
        ],
        vec![pe, rsr, sat],
    );
    let skid = d.leaf("skid", &[]);
    emit_top(d, &g, &row, &lze, &skid);
}

/// The input stream (one beat: T row lanes and NC column lanes) and the output stream (one
/// array column of T lanes).
pub fn streams(g: &Geometry) -> (Stream, Stream) {
    let inp = Stream::new("in", "one beat of a job")
        .field(
            "row",
            Width::bits(16 * g.rows),
            "T lanes x 16: x (INT8 in [7:0]) or q (INT16)",
        )
        .field(
            "col",
            Width::bits(16 * g.cols),
            "NC lanes x 16: Wk code {s,e[2:0]} or k-hat (INT16)",
        );
    let out = Stream::new("out", "one array column of a finished job")
        .field(
            "data",
            Width::bits(g.rows * g.out_w),
            "T lanes, sign-extended K-hat or A-hat",
        )
        .field("col", Width::bits(g.col_idx_w), "array column of this beat")
        .field("last", 1, "last column of the job")
        .field(
            "mode",
            1,
            "mode of the job being output (0: K-hat, 1: A-hat)",
        );
    (inp, out)
}

fn emit_top(d: &mut Design, g: &Geometry, row: &str, lze: &str, skid: &str) {
    let name = d.name("predictor");
    let r = d.reset();
    let (t, nc, ow, lw, cw) = (g.rows, g.cols, g.out_w, g.len_w, g.col_idx_w);
    let (inp, out) = streams(g);
    let m = Module::new(
        &name,
        &format!(
            "DLZS predictor (spec section 2): {t} x {nc} shift-add array, K-hat = X.Wk and A-hat = Q.K-hat^T."
        ),
    )
    .clock_reset(&r)
    .input("mode_i", 1, "0: K-hat = X.Wk, 1: A-hat = Q.K-hat^T")
    .input("len_i", lw, "reduction length of a job: H (mode 0) or d (mode 1)")
    .input("sh_kp_i", 6, "SH_KP: K-hat = sat16(rshift_round(acc, SH_KP))")
    .input("sh_ap_i", 6, "SH_AP: A-hat = sat_B(rshift_round(acc, SH_AP))")
    .sink(&inp)
    .source(&out)
    .output("idle_o", 1, "nothing accepted is still in flight");
    let row_m = d.module(row);
    let inst = Instance::new(row_m, "u_row")
        .param("NC", "NC")
        .param("ACC_W", "ACC_W")
        .param("B", "B")
        .connect("clk_i", "clk_i")
        .connect("en_i", "s1_fire")
        .connect("first_i", "s1_first_q")
        .connect("last_i", "s1_last_q")
        .connect("mode_i", "s1_mode_q")
        .connect("x_i", "x_q")
        .connect("qcode_i", "qcode_q")
        .connect("col_i", "s1_col_q")
        .connect("shift_i", "out_fire")
        .connect("out_mode_i", "hold_mode_q")
        .connect("out_sh_i", "hold_sh_q")
        .connect("out_o", format!("beat_data[{ow}*i +: {ow}]"))
        .render(12);
    // The output beat (rounded and saturated from the hold chain) is registered in a skid
    // buffer: the port is a register and out_ready_i does not reach the hold chain's shift.
    let bw = t * ow + cw + 2;
    let out_inst = Instance::new(d.module(skid), "u_out")
        .param("W", bw)
        .connect("clk_i", "clk_i")
        .connect(r.port, r.port)
        .connect("in_valid_i", "hold_full_q")
        .connect("in_ready_o", "beat_ready")
        .connect("in_data_i", "{hold_mode_q, drain_last, drain_q, beat_data}")
        .connect("out_valid_o", "out_valid_o")
        .connect("out_ready_i", "out_ready_i")
        .connect(
            "out_data_o",
            "{out_mode_o, out_last_o, out_col_o, out_data_o}",
        )
        .render(4);
    let lze_inst = Instance::new(d.module(lze), "u_lze")
        .connect("v_i", "in_row_i[16*i +: 16]")
        .connect("mode8_i", "1'b0")
        .connect("code16_o", "qcode")
        .connect("code8_hi_o", "unused_code8_hi")
        .connect("code8_lo_o", "unused_code8_lo")
        .render(12);
    let mut s = format!(
        "    localparam T     = {t};  // query rows (tokens in phase 1.1)
    localparam NC    = {nc};  // array columns (keys or output dims)
    localparam ACC_W = {acc};  // exact accumulator bits
    localparam B     = {b};  // A-hat score bits

",
        acc = g.acc_w,
        b = g.score_w,
    );
    let _ = write!(
        s,
        "    // s1: the accepted beat, presented to the PEs. Its last beat may only enter the array when
    // the hold registers are free (the previous job fully drained).
    reg              s1_valid_q;
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_mode_q;
    reg [5:0]        s1_sh_q;
    reg [{colm}:0] s1_col_q;
    reg [{lwm}:0]        cnt_q;       // beats of the current job accepted so far
    reg              hold_full_q;
    reg              hold_mode_q;
    reg [5:0]        hold_sh_q;
    reg [{cwm}:0]        drain_q;     // column being output
    wire [{bdm}:0]  beat_data;   // the column at the head of the hold chain, T lanes
    wire             beat_ready;  // the output register takes it

    wire s1_fire    = s1_valid_q && !(s1_last_q && hold_full_q);
    assign in_ready_o = !s1_valid_q || s1_fire;
    wire in_fire    = in_valid_i && in_ready_o;
    wire in_first   = (cnt_q == {lw}'d0);
    wire in_last    = (cnt_q == len_i - {lw}'d1);
    wire load       = s1_fire && s1_last_q;
    wire out_fire   = hold_full_q && beat_ready;
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
            s1_col_q   <= in_col_i;
        end
        if (load) begin
            hold_mode_q <= s1_mode_q;
            hold_sh_q   <= s1_sh_q;
        end
    end

{out_inst}    assign idle_o = !s1_valid_q && !hold_full_q && in_first && !out_valid_o;

",
        act = r.active,
        ff = r.always_ff(),
        lwm = lw - 1,
        cwm = cw - 1,
        ncm = nc - 1,
        colm = nc * 16 - 1,
        bdm = t * ow - 1,
    );
    s.push_str(&format!(
        "    // Row i: the LZE encodes q in the input stage; x and the code are registered with the
    // beat, so the PEs see a registered code (LZE -> shift -> accumulate is two cycles).
    genvar i;
    generate
        for (i = 0; i < T; i = i + 1) begin : g_row
            wire [4:0] qcode;
            wire [3:0] unused_code8_hi;
            wire [3:0] unused_code8_lo;
{lze_inst}            reg  [7:0] x_q;
            reg  [4:0] qcode_q;
            always @(posedge clk_i) begin
                if (in_fire) begin
                    x_q     <= in_row_i[16*i +: 8];
                    qcode_q <= qcode;
                end
            end
{inst}        end
    endgenerate
"
    ));
    s.push_str(&m.protocol_checks(&r, &[]));
    s.push_str("endmodule\n");
    let comment = format!(
        "A job is len_i input beats, then {nc} output beats (array column 0 first), {t} lanes of {ow} bits\n\
         each. mode_i, len_i and the shift of the job's phase are sampled with every input beat and\n\
         must stay constant within a job; len_i >= 1."
    );
    d.add(m.finish(&comment, &s, vec![row.into(), lze.into(), skid.into()]));
    d.tops.push(name);
}
