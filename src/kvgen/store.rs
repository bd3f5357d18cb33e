//! The core's K/V store (spec v3 §4: K/V at most once per token and head), between RASS's token
//! stream and K/V generation. A token already generated in this head is read from the store and
//! emitted without computing; a miss goes to K/V generation and its result is written into the
//! store on its way out. Beats leave in the order they arrived (an in-order tag FIFO), hits at one
//! per cycle.
//!
//! Tokens whose (core-local) index is at or beyond the depth (`kv_store_rows`) are regenerated on
//! every use. `head_i` (while idle) clears the store and the `kv_rows_o` counter: a head starts.

use super::Geometry;
use crate::config::Config;
use crate::rtl::{Design, Instance, Module, Stream, clog2};
use std::fmt::Write;

/// Depth of the store in tokens: `kv_store_rows`, 0 meaning S_max.
pub fn depth(cfg: &Config) -> u32 {
    if cfg.kv_store_rows == 0 {
        cfg.seq_max
    } else {
        cfg.kv_store_rows.min(cfg.seq_max)
    }
}

/// Width of the `kv_rows_o` counter.
pub const ROWS_W: u32 = 32;

/// Entries of the tag FIFO: enough for K/V generation's in-flight tokens plus a hit behind them.
const TAGS: u32 = 4;

pub fn emit(d: &mut Design) -> String {
    let g = Geometry::of(d.cfg);
    let depth = depth(d.cfg);
    let (t, dd, kw) = (g.rows, g.dim, g.key_w);
    let aw = clog2(depth as u64);
    let sram = d.sram(depth, 32 * dd);
    let name = d.name("kvstore");
    let r = d.reset();
    let (tok, kv) = super::rtl::streams(&g);
    let miss = Stream::new("gen", "misses, to K/V generation")
        .field("key", kw, "token index")
        .field("mask", t, "")
        .field("last", 1, "");
    let mut gk = Stream::new("gk", "K/V generation's results, in the order of gen");
    for (n, w, _) in &kv.fields {
        gk = gk.field(n, w.clone(), "");
    }
    let m = Module::new(
        &name,
        &format!("K/V store (spec v3 sec. 4): {depth} tokens x 2d INT16, K/V once per head."),
    )
    .clock_reset(&r)
    .input(
        "head_i",
        1,
        "head start: clear the store, kv_rows_o (while idle_o)",
    )
    .sink(&tok)
    .source(&miss)
    .sink(&gk)
    .source(&kv)
    .output(
        "kv_rows_o",
        ROWS_W,
        "K/V rows sent to generation since head_i",
    )
    .output("idle_o", 1, "no beat in flight");
    let comment = format!(
        "A token beat with mask 0 leaves with K = V = 0 and is not generated. Token k < {depth} is\n\
         a hit when generated earlier in the head (its valid bit is set when its miss is taken;\n\
         the in-order output writes the store before any later beat reads it); a miss, and\n\
         every beat of a token k >= {depth}, goes to gen_* and is counted in kv_rows_o."
    );
    // The store covers every key when its depth reaches the key range.
    let full = depth as u64 >= 1u64 << kw;
    let in_store = |k: &str| {
        if full {
            "1'b1".to_string()
        } else {
            format!("({k} < {kw}'d{depth})")
        }
    };
    let idx = |k: &str| {
        if aw < kw {
            format!("{k}[{}:0]", aw - 1)
        } else {
            k.to_string()
        }
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "    localparam D     = {dd};  // head dimension d
    localparam T     = {t};  // query rows (mask bits)
    localparam DEPTH = {depth};  // tokens held (kv_store_rows)
    localparam KW    = {kw};  // token index width
    localparam AW    = {aw};  // store address width
    localparam NT    = {TAGS};  // tag FIFO entries

    // ---- Classification of the incoming beat ----
    reg  [DEPTH-1:0] vld_q;  // token generated (or being generated) in this head
    wire [AW-1:0]    tok_idx  = {tidx};
    wire             tok_in   = {tin};
    wire             tok_null = (tok_mask_i == {{T{{1'b0}}}});
    wire             tok_hit  = !tok_null && tok_in && vld_q[tok_idx];
    wire             tok_miss = !tok_null && !tok_hit;

    // ---- Tag FIFO: every accepted beat, in order ----
    reg  [KW-1:0] tf_key_q  [0:NT-1];
    reg  [T-1:0]  tf_mask_q [0:NT-1];
    reg           tf_last_q [0:NT-1];
    reg           tf_miss_q [0:NT-1];
    reg           tf_null_q [0:NT-1];
    reg  [1:0]    tf_wr_q;
    reg  [1:0]    tf_rd_q;
    reg  [2:0]    tf_cnt_q;
    wire          tf_full  = (tf_cnt_q == 3'd{TAGS});
    wire          tf_empty = (tf_cnt_q == 3'd0);

    assign tok_ready_o = !tf_full && (!tok_miss || gen_ready_i);
    assign gen_valid_o = tok_valid_i && tok_miss && !tf_full;
    assign gen_key_o   = tok_key_i;
    assign gen_mask_o  = tok_mask_i;
    assign gen_last_o  = tok_last_i;
    wire tok_fire = tok_valid_i && tok_ready_o;
    wire gen_fire = gen_valid_o && gen_ready_i;

    // ---- Output: the head of the FIFO. A hit (or null beat) is read from the store into the
    // store's output register (hv_q); a miss passes K/V generation's beat straight through. ----
    reg           hv_q;      // a hit or null beat is offered from the store's read port
    reg  [KW-1:0] hk_key_q;
    reg  [T-1:0]  hk_mask_q;
    reg           hk_last_q;
    reg           hk_null_q;
    wire [32*D-1:0] rd_data;
    wire h_miss   = !tf_empty && tf_miss_q[tf_rd_q];
    wire h_read   = !tf_empty && !tf_miss_q[tf_rd_q];
    wire pop_hit  = h_read && (!hv_q || kv_ready_i);
    assign gk_ready_o = !hv_q && h_miss && kv_ready_i;
    wire miss_fire = gk_valid_i && gk_ready_o;
    wire pop      = pop_hit || miss_fire;
    wire gk_in    = {gin};
    wire [32*D-1:0] hit_kv = hk_null_q ? {{(32*D){{1'b0}}}} : rd_data;

    assign kv_valid_o = hv_q || (h_miss && gk_valid_i);
    assign kv_key_o   = hv_q ? hk_key_q : gk_key_i;
    assign kv_mask_o  = hv_q ? hk_mask_q : gk_mask_i;
    assign kv_last_o  = hv_q ? hk_last_q : gk_last_i;
    assign kv_k_o     = hv_q ? hit_kv[16*D-1:0] : gk_k_i;
    assign kv_v_o     = hv_q ? hit_kv[32*D-1:16*D] : gk_v_i;
    assign idle_o     = tf_empty && !hv_q;

    reg [{rwm}:0] rows_q;
    assign kv_rows_o = rows_q;

    {ff} begin
        if ({act}) begin
            vld_q    <= {{DEPTH{{1'b0}}}};
            rows_q   <= {rw}'d0;
            tf_wr_q  <= 2'd0;
            tf_rd_q  <= 2'd0;
            tf_cnt_q <= 3'd0;
            hv_q     <= 1'b0;
        end else begin
            if (head_i) vld_q <= {{DEPTH{{1'b0}}}};
            else if (gen_fire && tok_in) vld_q[tok_idx] <= 1'b1;
            if (head_i) rows_q <= {rw}'d0;
            else if (gen_fire) rows_q <= rows_q + {rw}'d1;
            if (tok_fire) tf_wr_q <= tf_wr_q + 2'd1;
            if (pop) tf_rd_q <= tf_rd_q + 2'd1;
            tf_cnt_q <= tf_cnt_q + {{2'b0, tok_fire}} - {{2'b0, pop}};
            if (pop_hit) hv_q <= 1'b1;
            else if (kv_ready_i) hv_q <= 1'b0;
        end
    end

    always @(posedge clk_i) begin
        if (tok_fire) begin
            tf_key_q[tf_wr_q]  <= tok_key_i;
            tf_mask_q[tf_wr_q] <= tok_mask_i;
            tf_last_q[tf_wr_q] <= tok_last_i;
            tf_miss_q[tf_wr_q] <= tok_miss;
            tf_null_q[tf_wr_q] <= tok_null;
        end
        if (pop_hit) begin
            hk_key_q  <= tf_key_q[tf_rd_q];
            hk_mask_q <= tf_mask_q[tf_rd_q];
            hk_last_q <= tf_last_q[tf_rd_q];
            hk_null_q <= tf_null_q[tf_rd_q];
        end
    end

    // ---- The store: one word {{V, K}} per token ----
",
        tidx = idx("tok_key_i"),
        tin = in_store("tok_key_i"),
        gin = in_store("gk_key_i"),
        rwm = ROWS_W - 1,
        rw = ROWS_W,
        ff = r.always_ff(),
        act = r.active,
    );
    let inst = Instance::new(d.module(&sram), "u_mem")
        .connect("clk_i", "clk_i")
        .connect("we_i", "miss_fire && gk_in")
        .connect("waddr_i", idx("gk_key_i"))
        .connect("wdata_i", "{gk_v_i, gk_k_i}")
        .connect("re_i", "pop_hit && !tf_null_q[tf_rd_q]")
        .connect("raddr_i", idx("tf_key_q[tf_rd_q]"))
        .connect("rdata_o", "rd_data");
    s.push_str(&inst.render(4));
    if aw < kw {
        s.push_str("    // Keys beyond the store's address range are regenerated, never stored.\n");
    }
    s.push_str(&m.protocol_checks(
        &r,
        &[
            ("head_i && !idle_o", "head_i while beats are in flight"),
            ("tok_fire && tf_full", "tag FIFO overflow"),
            ("gk_valid_i && tf_empty", "K/V result with no beat pending"),
        ],
    ));
    s.push_str("endmodule\n");
    d.add(m.finish(&comment, &s, vec![sram]));
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_defaults_to_seq_max_and_sizes_one_sram() {
        let c = Config::default();
        assert_eq!(depth(&c), c.seq_max);
        let mut d = Design::new(&c);
        let name = emit(&mut d);
        assert_eq!(name, "star_kvstore");
        let s: Vec<_> = d.srams.iter().map(|s| (s.depth, s.width)).collect();
        assert_eq!(s, vec![(4096, 2048)]);
        // Every key fits: no range compare.
        let body = &d.module(&name).body;
        assert!(body.contains("wire             tok_in   = 1'b1;"));
    }

    #[test]
    fn a_shallow_store_compares_the_key() {
        let c = Config {
            kv_store_rows: 100,
            seq_max: 300,
            ..Config::default()
        };
        let mut d = Design::new(&c);
        let name = emit(&mut d);
        let body = &d.module(&name).body;
        assert!(body.contains("(tok_key_i < 9'd100)"), "{body}");
        assert!(body.contains("tok_key_i[6:0]"));
        assert!(d.contains("star_sram_100x2048"));
    }
}
