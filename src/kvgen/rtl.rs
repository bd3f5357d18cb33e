//! RTL emitter of the K/V generation engine (spec §4): `used_rows` rows of P INT8 MAC PEs, the
//! weight memory (behavioural SRAM banks), the bias registers and the token pipeline. The array
//! and the wiring are written here; the PE, the SRAM, the rounding shifter and the saturator are
//! tera leaves.
//!
//! Pipeline of one issue beat (one X word of one token, one pass over the outputs):
//! - issue: `x_rd_o`/`x_addr_o` and the weight banks of the pass are read (both synchronous);
//! - s1: the P products of every row accumulate into its PEs;
//! - s2 (last word of a pass): row sum = Σ of the P partial sums + bias, registered;
//! - s3: rshift_round + sat16 of the row sums, registered in the row (`y_q`);
//! - s4: the rounded outputs into the result register `res_q` (lanes of the pass). Rounding and
//!   the lane select in one cycle were the ECP5 critical path of the core.
//!
//! After a token's final pass `res_q` moves to the output register. A token is accepted while
//! the previous one issues its last beat when the output register is empty, so issue runs back
//! to back whenever the consumer keeps up: `passes · ⌈H/P⌉` cycles per token (≥ 6).

use super::Geometry;
use crate::rtl::{Design, Instance, Module, Stream, Width};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let pe = d.leaf("kv_pe", &[]);
    let rsr = d.leaf("rshift_round", &["add_cs"]);
    let sat = d.leaf("sat", &[]);
    let row = d.leaf_with(
        "kvgen_row",
        &[
            ("p", g.pes.to_string()),
            ("pe_w", g.pe_w.to_string()),
            ("acc_w", g.acc_w.to_string()),
        ],
        vec![pe, rsr, sat],
    );
    let mut banks = Vec::new();
    for p in 0..g.passes {
        banks.push(d.sram(g.words, g.pass_rows(p) * 8));
    }
    emit_top(d, &g, &row, &banks);
    // The memory listing's counts: one bank per hidden lane (g_wlane) and pass (g_pass).
    let top = d.name("kvgen");
    for b in &banks {
        let n = banks.iter().filter(|x| *x == b).count() as u64 * u64::from(g.pes);
        d.set_instances(&top, b, n);
    }
    d.set_instances(&top, &row, g.used_rows.into());
}

/// `{{(to-from){1'b0}}, sig}` or `sig` when no extension is needed.
fn zext(sig: &str, from: u32, to: u32) -> String {
    if from == to {
        sig.into()
    } else {
        format!("{{{{{}{{1'b0}}}}, {sig}}}", to - from)
    }
}

/// The token stream in (`tok`) and the K/V stream out (`kv`).
pub fn streams(g: &Geometry) -> (Stream, Stream) {
    let (t, kw, dd) = (g.rows, g.key_w, g.dim);
    let tok = Stream::new("tok", "token beats {key, mask, last}, in RASS order")
        .field("key", kw, "token index")
        .field("mask", t, "query rows that selected the token")
        .field("last", 1, "last token of the tile");
    let kv = Stream::new("kv", "the same beats with K and V, in the same order")
        .field("key", kw, "")
        .field("mask", t, "")
        .field("last", 1, "")
        .field("k", Width::bits(16 * dd), "d lanes of INT16 K")
        .field("v", Width::bits(16 * dd), "d lanes of INT16 V");
    (tok, kv)
}

fn emit_top(d: &mut Design, g: &Geometry, row: &str, banks: &[String]) {
    let name = d.name("kvgen");
    let r = d.reset();
    let (t, p, dd, o) = (g.rows, g.pes, g.dim, g.outs);
    let (hw, whw, waw, kw, xw, bw, psw) = (
        g.h_w, g.wh_w, g.waddr_w, g.key_w, g.xaddr_w, g.bidx_w, g.pass_w,
    );
    let np = g.passes;
    let mut s = String::new();
    // ⌈H/P⌉ of the run-time H: a shift for a power-of-two P, a constant division otherwise.
    let wh_full = if p.is_power_of_two() {
        format!("h_plus >> {}", p.trailing_zeros())
    } else {
        format!("h_plus / {}'d{p}", hw + 1)
    };
    let (tok, kv) = streams(g);
    let ur = g.used_rows;
    let m = Module::new(
        &name,
        &format!(
            "K/V generation (spec section 4): K, V = sat16(rshift_round(X.W + b, SH)) on {ur} x {p} MAC PEs."
        ),
    )
    .clock_reset(&r)
    .input("hidden_i", hw, "H, the run-time hidden size")
    .input("sh_k_i", 6, "SH_K")
    .input("sh_v_i", 6, "SH_V")
    .input("w_valid_i", 1, "weight load: one word (P hidden indices x 2d weights)")
    .input("w_addr_i", waw, "")
    .input("w_data_i", p * o * 8, "")
    .input("b_valid_i", 1, "bias load: index 0..2d-1 (bk then bv), INT32")
    .input("b_idx_i", bw, "")
    .input("b_data_i", 32, "")
    .sink(&tok)
    .output("x_rd_o", 1, "token memory read")
    .output("x_addr_o", xw, "its word address")
    .input("x_data_i", p * 8, "its data, one cycle after x_rd_o")
    .source(&kv)
    .output("idle_o", 1, "nothing accepted is still in flight");
    let comment = format!(
        "{np} pass(es) over the {o} outputs per token. A beat with mask 0 passes through with\n\
         K = V = 0. X is read from the core's token memory: word key*ceil(H/P) + h/P (P INT8\n\
         lanes, lanes at or beyond H are ignored), data one cycle after x_rd_o. Weights (word a:\n\
         lane c*2d + o = W[a*P + c][o], Wk then Wv) and biases (bk then bv) load through their\n\
         ports while idle_o is high. hidden_i (1..{hmax}) and the shifts are sampled with each\n\
         token beat.",
        hmax = d.cfg.hidden,
    );
    let _ = write!(
        s,
        "    localparam P = {p};  // MAC PEs per row (kv_pes)
    localparam D = {dd};  // head dimension d

    // ---- Control state (reset) ----
    reg [1:0]  pend_q;      // tokens accepted and not yet in the output register (at most 2)
    reg        is_busy_q;   // the issue stage holds a token
    reg        s1_v_q;
    reg        s2_v_q;
    reg        s3_v_q;
    reg        s4_v_q;
    reg        res_full_q;  // res_q holds a finished token
    reg        out_valid_q;
    reg        wr_ptr_q;    // two-entry FIFO of {{key, mask, last}}: accepted, not yet output
    reg        rd_ptr_q;

    // ---- Issue stage: one token, passes x words ----
    reg              is_null_q;
    reg [{hwm}:0]        is_h_q;
    reg [{whwm}:0]        is_wh_q;
    reg [{xwm}:0]        is_base_q;
    reg [{wawm}:0]        is_word_q;
    reg [{hwm}:0]        is_h0_q;    // first hidden index of the word
    reg [{pswm}:0]        is_pass_q;
    reg [5:0]        is_shk_q;
    reg [5:0]        is_shv_q;

    wire [{hw}:0] h_plus  = {{1'b0, hidden_i}} + {hw1}'d{pm1};
    wire [{hw}:0] wh_full = {wh_full};
    wire [{whwm}:0] wh_now = wh_full[{whwm}:0];
    wire [{xwm}:0] base_now = {key_x} * {wh_x};
    wire is_last_word = ({word_wh} == is_wh_q - {whw}'d1);
    wire is_last      = is_null_q || is_last_word;
    wire is_final     = is_null_q || (is_last_word && is_pass_q == {psw}'d{npm1});
    wire is_rd        = is_busy_q && !is_null_q;

    // A token may enter when nothing is pending, or when the only pending token issues its last
    // beat (or has issued it) and the output register is empty: that token then reaches the
    // output register no later than the new token's first write of res_q.
    wire take     = (pend_q == 2'd0)
                 || (pend_q == 2'd1 && (!is_busy_q || is_final) && !out_valid_q);
    wire tok_fire = tok_valid_i && take;
    wire move     = res_full_q && (!out_valid_q || kv_ready_i);
    assign tok_ready_o = take;

    // Lanes of the word that lie below H (the token memory's padding is not relied upon).
    wire [{pm}:0] is_lanes;
",
        hwm = hw - 1,
        hw1 = hw + 1,
        pm1 = p - 1,
        pm = p - 1,
        whwm = whw - 1,
        wawm = waw - 1,
        xwm = xw - 1,
        pswm = psw - 1,
        npm1 = np - 1,
        key_x = zext("tok_key_i", kw, xw),
        wh_x = zext("wh_now", whw, xw),
        word_wh = zext("is_word_q", waw, whw),
    );
    if whw < hw + 1 {
        let _ = writeln!(
            s,
            "    wire [{}:0] unused_wh = wh_full[{hw}:{whw}];",
            hw - whw
        );
    }
    let _ = write!(
        s,
        "    genvar c, i;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_lane
            localparam [{hw}:0] C = c;
            assign is_lanes[c] = ({{1'b0, is_h0_q}} + C) < {{1'b0, is_h_q}};
        end
    endgenerate
"
    );
    let _ = write!(
        s,
        "    assign x_rd_o   = is_rd;
    assign x_addr_o = is_base_q + {word_x};

    // ---- Pipeline registers ----
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_final_q;
    reg              s1_null_q;
    reg [{pswm}:0]        s1_pass_q;
    reg [{pm}:0]        s1_lanes_q;
    reg [5:0]        s1_shk_q;
    reg [5:0]        s1_shv_q;
    reg              s2_last_q;
    reg              s2_final_q;
    reg              s2_null_q;
    reg [{pswm}:0]        s2_pass_q;
    reg [5:0]        s2_shk_q;
    reg [5:0]        s2_shv_q;
    reg              s3_final_q;
    reg              s3_null_q;
    reg [{pswm}:0]        s3_pass_q;
    reg              s4_final_q;
    reg              s4_null_q;
    reg [{pswm}:0]        s4_pass_q;
    reg [{km}:0]        meta_key_q [0:1];
    reg [{tm}:0]   meta_mask_q [0:1];
    reg              meta_last_q [0:1];
    reg [{resm}:0]   res_q;      // lane n: K[n] for n < {dd}, V[n-{dd}] above
    reg [{resm}:0]   out_q;
    reg [{km}:0]        out_key_q;
    reg [{tm}:0]   out_mask_q;
    reg              out_last_q;

    {ff} begin
        if ({act}) begin
            pend_q      <= 2'd0;
            is_busy_q   <= 1'b0;
            s1_v_q      <= 1'b0;
            s2_v_q      <= 1'b0;
            s3_v_q      <= 1'b0;
            s4_v_q      <= 1'b0;
            res_full_q  <= 1'b0;
            out_valid_q <= 1'b0;
            wr_ptr_q    <= 1'b0;
            rd_ptr_q    <= 1'b0;
        end else begin
            pend_q <= pend_q + {{1'b0, tok_fire}} - {{1'b0, move}};
            if (tok_fire) is_busy_q <= 1'b1;
            else if (is_final) is_busy_q <= 1'b0;
            s1_v_q <= is_busy_q;
            s2_v_q <= s1_v_q;
            s3_v_q <= s2_v_q && s2_last_q;
            s4_v_q <= s3_v_q;
            // A token's final s4 and the move of the previous one may share a cycle: set wins.
            if (s4_v_q && s4_final_q) res_full_q <= 1'b1;
            else if (move) res_full_q <= 1'b0;
            if (move) out_valid_q <= 1'b1;
            else if (kv_ready_i) out_valid_q <= 1'b0;
            if (tok_fire) wr_ptr_q <= !wr_ptr_q;
            if (move) rd_ptr_q <= !rd_ptr_q;
        end
    end

    always @(posedge clk_i) begin
        if (tok_fire) begin
            is_null_q <= (tok_mask_i == {t}'d0);
            is_h_q    <= hidden_i;
            is_wh_q   <= wh_now;
            is_base_q <= base_now;
            is_word_q <= {waw}'d0;
            is_h0_q   <= {hw}'d0;
            is_pass_q <= {psw}'d0;
            is_shk_q  <= sh_k_i;
            is_shv_q  <= sh_v_i;
            meta_key_q[wr_ptr_q]  <= tok_key_i;
            meta_mask_q[wr_ptr_q] <= tok_mask_i;
            meta_last_q[wr_ptr_q] <= tok_last_i;
        end else if (is_busy_q) begin
            if (is_last_word) begin
                is_word_q <= {waw}'d0;
                is_h0_q   <= {hw}'d0;
                is_pass_q <= is_pass_q + {psw}'d1;
            end else begin
                is_word_q <= is_word_q + {waw}'d1;
                is_h0_q   <= is_h0_q + {hw}'d{p};
            end
        end
        s1_first_q <= (is_word_q == {waw}'d0);
        s1_last_q  <= is_last;
        s1_final_q <= is_final;
        s1_null_q  <= is_null_q;
        s1_pass_q  <= is_pass_q;
        s1_lanes_q <= is_lanes;
        s1_shk_q   <= is_shk_q;
        s1_shv_q   <= is_shv_q;
        s2_last_q  <= s1_last_q;
        s2_final_q <= s1_final_q;
        s2_null_q  <= s1_null_q;
        s2_pass_q  <= s1_pass_q;
        s2_shk_q   <= s1_shk_q;
        s2_shv_q   <= s1_shv_q;
        s3_final_q <= s2_final_q;
        s3_null_q  <= s2_null_q;
        s3_pass_q  <= s2_pass_q;
        s4_final_q <= s3_final_q;
        s4_null_q  <= s3_null_q;
        s4_pass_q  <= s3_pass_q;
    end

",
        word_x = zext("is_word_q", waw, xw),
        pswm = psw - 1,
        pm = p - 1,
        km = kw - 1,
        tm = t - 1,
        resm = o * 16 - 1,
        ff = r.always_ff(),
        act = r.active,
    );
    // ---- Weight memory: per pass and hidden lane c one bank (row r, word a: W[a*P + c][pass*T
    // + r]); every full pass has the same shape, a partial last pass its own.
    let ur = g.used_rows;
    let last = g.pass_rows(np - 1);
    let bank = |shape: &str, rows: u32, rdata: &str| {
        Instance::new(d.module(shape), "u_bank")
            .connect("clk_i", "clk_i")
            .connect("we_i", "w_valid_i")
            .connect("waddr_i", "w_addr_i")
            .connect(
                "wdata_i",
                format!("w_data_i[8*(2*D*c + T*ps) +: {}]", 8 * rows),
            )
            .connect("re_i", "is_rd && (is_pass_q == PS)")
            .connect("raddr_i", "is_word_q")
            .connect("rdata_o", rdata)
            .render(20)
    };
    let full = bank(&banks[0], ur, "rd[ps]");
    let banks_text = if last == ur {
        full
    } else {
        format!(
            "                if (ps < NP - 1) begin : g_full
{full}                end else begin : g_part
                    wire [8*LAST-1:0] rdata;
{part}                    assign rd[ps] = {{{{(8*(UR-LAST)){{1'b0}}}}, rdata}};
                end
",
            full = bank(&banks[0], ur, "rd[ps]").replace("\n    ", "\n        "),
            part = bank(&banks[np as usize - 1], last, "rdata"),
        )
    };
    let bias_of = if last == ur {
        "assign bias_of[ps] = bias_q[32*T*ps +: 32*UR];".to_string()
    } else {
        "if (ps < NP - 1) begin : g_full
                assign bias_of[ps] = bias_q[32*T*ps +: 32*UR];
            end else begin : g_part
                assign bias_of[ps] = {{(32*(UR-LAST)){1'b0}}, bias_q[32*T*ps +: 32*LAST]};
            end"
        .to_string()
    };
    // With one pass the pass index is constant.
    let sel = |pass: &str| {
        if np == 1 {
            "0".to_string()
        } else {
            pass.to_string()
        }
    };
    let row_inst = Instance::new(d.module(row), "u_row")
        .param("P", "P")
        .param("PE_W", g.pe_w)
        .param("ACC_W", g.acc_w)
        .connect("clk_i", "clk_i")
        .connect("en_i", "pe_en")
        .connect("first_i", "s1_first_q")
        .connect("x_i", "x_lanes")
        .connect("w_i", "w_row")
        .connect("sum_en_i", "sum_en")
        .connect("bias_i", "bias_pass[32*i +: 32]")
        .connect("sh_i", "s3_sh_q[6*i +: 6]")
        .connect("y_o", "y_all[16*i +: 16]")
        .render(12);
    let _ = write!(
        s,
        "
    // ---- Weight memory: one bank per pass and hidden lane, {words} words of a pass's rows ----
    localparam T    = {t};  // rows of the array (query_rows)
    localparam UR   = {ur};  // rows that compute an output: min(T, 2d)
    localparam NP   = {np};  // passes over the 2d outputs
{last_decl}    wire [8*UR-1:0] w_pass [0:P-1];  // lane c's weights of the current pass, every row
    genvar ps;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_wlane
            wire [8*UR-1:0] rd [0:NP-1];
            for (ps = 0; ps < NP; ps = ps + 1) begin : g_pass
                localparam [{pswm}:0] PS = ps;
{banks_text}            end
            assign w_pass[c] = rd[{s1}];
        end
    endgenerate

    // ---- Bias registers; bias_of[p]: the biases of pass p's rows ----
    reg [32*2*D-1:0] bias_q;
    integer n;
    always @(posedge clk_i) begin
        if (b_valid_i) begin
            for (n = 0; n < 2*D; n = n + 1) begin
                if (b_idx_i == n[{bwm}:0]) bias_q[32*n +: 32] <= b_data_i;
            end
        end
    end
    wire [32*UR-1:0] bias_of [0:NP-1];
    wire [31:0]      krows_of [0:NP-1];  // rows of pass p below this compute K, the rest V
    generate
        for (ps = 0; ps < NP; ps = ps + 1) begin : g_bias
            {bias_of}
            assign krows_of[ps] = (D > T*ps) ? ((D - T*ps < T) ? D - T*ps : T) : 0;
        end
    endgenerate
    wire [32*UR-1:0] bias_pass = bias_of[{s2}];
    wire [31:0]      s2_krows  = krows_of[{s2}];
    // Each row's shift (K or V) for s3, chosen a stage early: the pass -> row count -> compare
    // -> shift -> round chain in one cycle was the ECP5 critical path.
    reg  [6*UR-1:0]  s3_sh_q;
    integer r;
    always @(posedge clk_i) begin
        for (r = 0; r < UR; r = r + 1) s3_sh_q[6*r +: 6] <= (r < s2_krows) ? s2_shk_q : s2_shv_q;
    end

    // ---- Array ----
    wire [8*P-1:0] x_lanes;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_x
            assign x_lanes[8*c +: 8] = s1_lanes_q[c] ? x_data_i[8*c +: 8] : 8'd0;
        end
    endgenerate
    wire pe_en  = s1_v_q && !s1_null_q;
    wire sum_en = s2_v_q && s2_last_q && !s2_null_q;
    wire [16*UR-1:0] y_all;
    generate
        for (i = 0; i < UR; i = i + 1) begin : g_row
            wire [8*P-1:0] w_row;
            for (c = 0; c < P; c = c + 1) begin : g_w
                assign w_row[8*c +: 8] = w_pass[c][8*i +: 8];
            end
{row_inst}        end
    endgenerate

    // ---- Result and output registers: row k of pass p is output p*T + k ----
    wire [31:0] s4_pass = {s4_pass};
    reg [16*2*D-1:0] res_d;
    integer k;
    always @(*) begin
        // Output n is row n mod T of pass n / T: constant positions, one compare per output.
        res_d = res_q;
        for (k = 0; k < 2*D; k = k + 1) begin
            if (s4_pass == k / T) res_d[16*k +: 16] = y_all[16*(k % T) +: 16];
        end
    end
    always @(posedge clk_i) begin
        if (s4_v_q && s4_null_q) begin
            res_q <= {o16}'d0;
        end else if (s4_v_q) begin
            res_q <= res_d;
",
        words = g.words,
        last_decl = if last < ur {
            format!("    localparam LAST = {last};  // rows of the partial last pass\n")
        } else {
            String::new()
        },
        pswm = psw - 1,
        bwm = bw - 1,
        o16 = o * 16,
        s1 = sel("s1_pass_q"),
        s2 = sel("s2_pass_q"),
        s4_pass = if np == 1 {
            "32'd0".to_string()
        } else {
            zext("s4_pass_q", psw, 32)
        },
    );
    let _ = write!(
        s,
        "        end
        if (move) begin
            out_q      <= res_q;
            out_key_q  <= meta_key_q[rd_ptr_q];
            out_mask_q <= meta_mask_q[rd_ptr_q];
            out_last_q <= meta_last_q[rd_ptr_q];
        end
    end

    assign kv_valid_o = out_valid_q;
    assign kv_key_o   = out_key_q;
    assign kv_mask_o  = out_mask_q;
    assign kv_last_o  = out_last_q;
    assign kv_k_o     = out_q[{dm}:0];
    assign kv_v_o     = out_q[{resm}:{d16}];
    assign idle_o     = (pend_q == 2'd0) && !out_valid_q;
",
        dm = dd * 16 - 1,
        resm = o * 16 - 1,
        d16 = dd * 16,
    );
    if np == 1 {
        s.push_str(
            "    // One pass: the pass index is constant, and the s2-s4 final flags are implied.\n    wire unused_pass = ^{is_pass_q, s1_pass_q, s2_pass_q, s3_pass_q, s4_pass_q};\n",
        );
    }
    s.push_str(&m.protocol_checks(
        &r,
        &[
            (
                "tok_fire && pend_q == 2'd2 && !move",
                "token buffer overflow",
            ),
            ("pend_q == 2'd3", "more than two tokens pending"),
        ],
    ));
    s.push_str("endmodule\n");
    let mut deps = vec![row.to_string()];
    deps.extend(banks.iter().cloned());
    deps.sort();
    deps.dedup();
    d.add(m.finish(&comment, &s, deps));
    d.tops.push(name);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn cfg(yaml: &str) -> Config {
        Config::from_yaml(yaml).expect("valid config")
    }

    #[test]
    fn default_engine_has_one_bank_per_hidden_lane() {
        let c = Config::default();
        let mut d = Design::new(&c);
        emit(&mut d);
        assert_eq!(d.tops, vec!["star_kvgen".to_string()]);
        let shapes: Vec<_> = d.srams.iter().collect();
        assert_eq!(shapes.len(), 1);
        assert_eq!(
            (shapes[0].module.as_str(), shapes[0].depth, shapes[0].width),
            ("star_sram_1024x1024", 1024, 1024)
        );
        let g = Geometry::of(&c);
        assert_eq!((g.passes, g.used_rows, g.pe_w, g.acc_w), (1, 128, 26, 34));
        assert_eq!(g.cycles_per_token(4096), 1024);
        assert_eq!(g.cycles_per_token(384), 96);
    }

    #[test]
    fn partial_last_pass_gets_its_own_shape() {
        let c = cfg("query_rows: 5\nkv_pes: 3\nhead_dim: 7\nhidden: 13\nseq_max: 50\n");
        let g = Geometry::of(&c);
        assert_eq!((g.passes, g.pass_rows(0), g.pass_rows(2)), (3, 5, 4));
        let mut d = Design::new(&c);
        emit(&mut d);
        let names: Vec<_> = d.srams.iter().map(|s| s.module.as_str()).collect();
        assert_eq!(names, vec!["star_sram_5x32", "star_sram_5x40"]);
        let top = d.ordered().into_iter().find(|m| m.name == "star_kvgen");
        let body = &top.expect("top emitted").body;
        assert!(!body.contains("initial"));
        assert_eq!(
            body.matches("star_kvgen_row #(").count(),
            1,
            "one generate loop of rows"
        );
        assert!(body.contains("for (i = 0; i < UR; i = i + 1) begin : g_row"));
    }

    #[test]
    fn sram_wrapper_is_emitted_once_per_shape() {
        let c = Config::default();
        let mut d = Design::new(&c);
        let a = d.sram(64, 16);
        let b = d.sram(64, 16);
        assert_eq!(a, b);
        assert_eq!(d.srams.len(), 1);
        assert!(d.contains("star_sram_64x16"));
    }
}
