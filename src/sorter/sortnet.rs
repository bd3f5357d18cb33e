//! The row's pipelined word sorter: the bitonic sorter on the next power of two above N - G
//! lanes, the missing lanes constant zero (their compare-exchanges fold into wires), pruned to
//! the N - G outputs, with a register stage after every `per` layers (and after a tail of more
//! than per - 2 layers, which the row's window stage follows in the same cycle). It holds no
//! feedback, so its depth costs latency only; the row's loop is the G-key merge (one max and
//! log2 G layers), so `per` = 1 + log2 G ([`layers_per_stage`]) keeps both paths alike.

use crate::rtl::{Design, Module, Width};
use std::fmt::Write;

/// Compare-exchange layers between two register stages: as deep as the merge loop.
pub fn layers_per_stage(keep: u32) -> usize {
    1 + keep.trailing_zeros() as usize
}

/// Layers of the full descending bitonic sorter on `n` lanes (a power of two); each pair
/// `(hi, lo)` leaves the larger key on `hi`.
pub fn bitonic_layers(n: usize) -> Vec<Vec<(usize, usize)>> {
    assert!(n.is_power_of_two());
    let mut layers = Vec::new();
    let mut k = 2;
    while k <= n {
        let mut j = k / 2;
        while j >= 1 {
            let mut layer = Vec::new();
            for i in 0..n {
                let l = i ^ j;
                if l > i {
                    layer.push(if i & k == 0 { (i, l) } else { (l, i) });
                }
            }
            layers.push(layer);
            j /= 2;
        }
        k *= 2;
    }
    layers
}

/// One operation of the pipelined sorter on wire ids.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    Cmp {
        a: usize,
        b: usize,
        hi: usize,
        lo: usize,
    },
    Reg {
        d: usize,
        q: usize,
    },
}

/// The sorter of `lanes` keys as operations: wires 0..lanes are the inputs; returns the ops,
/// the output wire of each lane (None = constant zero) and the number of register stages.
pub fn plan(lanes: usize, per: usize) -> (Vec<Op>, Vec<Option<usize>>, usize) {
    let n = lanes.next_power_of_two().max(2);
    let mut next = lanes;
    let mut cur: Vec<Option<usize>> = (0..n).map(|i| (i < lanes).then_some(i)).collect();
    let mut ops = Vec::new();
    let mut stages = 0;
    let mut depth = 0;
    let register = |cur: &mut Vec<Option<usize>>, ops: &mut Vec<Op>, next: &mut usize| {
        for w in cur.iter_mut().flatten() {
            ops.push(Op::Reg { d: *w, q: *next });
            *w = *next;
            *next += 1;
        }
    };
    for layer in bitonic_layers(n) {
        let mut real = false;
        for (h, l) in layer {
            match (cur[h], cur[l]) {
                (Some(a), Some(b)) => {
                    ops.push(Op::Cmp {
                        a,
                        b,
                        hi: next,
                        lo: next + 1,
                    });
                    cur[h] = Some(next);
                    cur[l] = Some(next + 1);
                    next += 2;
                    real = true;
                }
                // Zero is the least key: the other input goes to the high side.
                (None, Some(b)) => {
                    cur[h] = Some(b);
                    cur[l] = None;
                }
                _ => {}
            }
        }
        if real {
            depth += 1;
            if depth == per {
                register(&mut cur, &mut ops, &mut next);
                stages += 1;
                depth = 0;
            }
        }
    }
    // A short tail stays combinational: the row's window stage (a compare and a select, about
    // one layer more) follows it in the same cycle.
    if (depth > 0 && depth + 1 >= per) || stages == 0 {
        register(&mut cur, &mut ops, &mut next);
        stages += 1;
    }
    cur.truncate(lanes);
    // Drop what no output needs (ranks below `lanes`, registers of dead wires).
    let mut used = vec![false; next];
    cur.iter().flatten().for_each(|&w| used[w] = true);
    let mut kept = Vec::new();
    for op in ops.into_iter().rev() {
        match op {
            Op::Reg { d, q } if used[q] => {
                used[d] = true;
                kept.push(op);
            }
            Op::Cmp { a, b, hi, lo } if used[hi] || used[lo] => {
                used[a] = true;
                used[b] = true;
                kept.push(op);
            }
            _ => {}
        }
    }
    kept.reverse();
    (kept, cur, stages)
}

/// Register stages of the sorter of `lanes` keys (its latency in cycles).
pub fn stages(lanes: usize, per: usize) -> usize {
    plan(lanes, per).2
}

/// Emits the sorter module for `lanes` keys of W bits; returns its name.
pub fn emit_sorter(d: &mut Design, lanes: usize, per: usize, cx: &str) -> String {
    let name = d.name(&format!("sorter_sort{lanes}"));
    let (ops, outs, st) = plan(lanes, per);
    let cmps = ops.iter().filter(|o| matches!(o, Op::Cmp { .. })).count();
    let mut used = std::collections::HashSet::new();
    for op in &ops {
        match *op {
            Op::Cmp { a, b, .. } => {
                used.insert(a);
                used.insert(b);
            }
            Op::Reg { d, .. } => {
                used.insert(d);
            }
        }
    }
    outs.iter().flatten().for_each(|&w| {
        used.insert(w);
    });
    let wire = |w: usize| -> String {
        if w < lanes {
            format!("in_i[{w}*W +: W]")
        } else if used.contains(&w) {
            format!("n{w}")
        } else {
            format!("unused_n{w}")
        }
    };
    let nw = (lanes * 8) as u32;
    let m = Module::new(
        &name,
        &format!(
            "Sorts {lanes} unsigned W-bit keys descending (out lane 0 the largest) in {st} pipeline stages"
        ),
    )
    .param("W", 8, "key width")
    .input("clk_i", 1, "")
    .input("in_i", Width::of(&format!("{lanes}*W"), nw), "the keys, in any order")
    .output("out_o", Width::of(&format!("{lanes}*W"), nw), "sorted, lane 0 the largest");
    let comment = format!(
        "of at most {per} compare-exchange layers: the bitonic sorter on {p} lanes, lanes {lanes}.. constant
zero and folded away, pruned to the {lanes} outputs ({cmps} compare-exchanges). No reset: the
data flows every cycle and the user qualifies it.",
        p = lanes.next_power_of_two().max(2),
    );
    let mut s = String::new();
    // Declarations first, as wrapped lists, so each compare-exchange costs two lines.
    let (mut wires, mut qs, mut body, mut regs) =
        (Vec::new(), Vec::new(), String::new(), String::new());
    for op in &ops {
        match *op {
            Op::Cmp { a, b, hi, lo } => {
                let (h, l) = (wire(hi), wire(lo));
                let _ = writeln!(
                    body,
                    "    {cx} #(.WIDTH(W)) u_c{hi} (.a_i({a}), .b_i({b}),\n        \
                     .hi_o({h}), .lo_o({l}));",
                    a = wire(a),
                    b = wire(b),
                );
                wires.push(h);
                wires.push(l);
            }
            Op::Reg { d, q } => {
                qs.push(format!("n{q}"));
                let _ = writeln!(regs, "        n{q} <= {};", wire(d));
            }
        }
    }
    for (kind, names) in [("wire", &wires), ("reg ", &qs)] {
        if !names.is_empty() {
            let items: Vec<&str> = names.iter().map(String::as_str).collect();
            let head = format!("    {kind} [W-1:0] ");
            let _ = writeln!(s, "{}", crate::rtl::wrap_list(&head, &items, ";"));
        }
    }
    s.push_str(&body);
    let _ = write!(s, "    always @(posedge clk_i) begin\n{regs}    end\n");
    for (i, w) in outs.iter().enumerate() {
        let v = w.map_or("{W{1'b0}}".to_string(), wire);
        let _ = writeln!(s, "    assign out_o[{i}*W +: W] = {v};");
    }
    s.push_str("endmodule\n");
    d.add(m.finish(&comment, &s, vec![cx.into()]));
    name
}

/// Runs a plan on values, for the tests: the outputs in lane order.
pub fn apply_plan(lanes: usize, per: usize, v: &[u64]) -> Vec<u64> {
    let (ops, outs, _) = plan(lanes, per);
    let mut w = std::collections::HashMap::new();
    for (i, &x) in v.iter().enumerate() {
        w.insert(i, x);
    }
    for op in ops {
        match op {
            Op::Cmp { a, b, hi, lo } => {
                let (x, y) = (w[&a], w[&b]);
                w.insert(hi, x.max(y));
                w.insert(lo, x.min(y));
            }
            Op::Reg { d, q } => {
                let x = w[&d];
                w.insert(q, x);
            }
        }
    }
    outs.iter().map(|o| o.map_or(0, |x| w[&x])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectors::Rng;

    #[test]
    fn folded_pipelined_sorters_sort() {
        let mut rng = Rng::new(3);
        for lanes in [2usize, 3, 6, 12, 24] {
            for per in 1..=4 {
                for _ in 0..200 {
                    let v: Vec<u64> = (0..lanes).map(|_| rng.range(0, 5) as u64).collect();
                    let mut want = v.clone();
                    want.sort_unstable_by(|a, b| b.cmp(a));
                    assert_eq!(apply_plan(lanes, per, &v), want, "lanes = {lanes}");
                }
            }
        }
    }
}
