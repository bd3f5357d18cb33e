//! RTL emitter of the mesh network: the router is a tera leaf; the R × C array of routers and
//! its links are written out here (one instance per node, named `u_router_<y>_<x>`). The ports
//! a mesh edge leaves open are tied off: inputs idle, outputs never ready (XY routing never
//! sends a flit off the mesh) and their outputs on `unused_` wires.

use super::Geometry;
use crate::rtl::{Design, Module, clog2};
use std::fmt::Write;

/// The router leaf for this geometry.
pub fn emit_router(d: &mut Design, g: &Geometry) -> String {
    assert!(g.depth >= 2 && g.depth.is_power_of_two(), "FIFO depth");
    d.leaf_with(
        "router",
        &[
            ("data_w", g.data_w.to_string()),
            ("xw", g.xw.to_string()),
            ("yw", g.yw.to_string()),
            ("depth", g.depth.to_string()),
            ("ptr_w", clog2(g.depth as u64).to_string()),
            ("fw", g.fw.to_string()),
        ],
        vec![],
    )
}

/// The network of a multi-core configuration (a 1 × 1 mesh has none: spec §6 makes it §5).
pub fn emit(d: &mut Design) {
    if d.cfg.cores < 2 {
        return;
    }
    let g = Geometry::of(d.cfg);
    let router = emit_router(d, &g);
    let mesh = emit_mesh(d, &g, &router);
    // The accelerator joins cores, NIs, routers and merge units: the first top. The core stays
    // a top (the last, used for the hand-off files) for single-core use.
    if d.contains(&d.name("core")) {
        let top = super::top::emit(d, &mesh);
        d.tops.insert(0, top);
    } else {
        let at = d.tops.len().saturating_sub(1);
        d.tops.insert(at, mesh);
    }
}

/// Port letters of a router in order local, north, east, south, west.
const PORTS: [char; 5] = ['l', 'n', 'e', 's', 'w'];

fn emit_mesh(d: &mut Design, g: &Geometry, router: &str) -> String {
    let name = d.name("mesh");
    let r = d.reset();
    let (rows, cols, fw) = (g.rows, g.cols, g.fw);
    let n = g.nodes();
    // Lane n of each port is node n's: lane arrays, so the streams are checked at the NIs.
    let m = Module::new(
        &name,
        &format!(
            "Mesh network (spec sec. 6): {rows} x {cols} routers, XY routing, {}-bit payload flits, wormhole.",
            g.data_w
        ),
    )
    .clock_reset(&r)
    .input("in_valid_i", n, "per node: stream into the network (valid/ready)")
    .output("in_ready_o", n, "")
    .input("in_flit_i", n * fw, "per node: flit into the network")
    .output("out_valid_o", n, "per node: stream out of the network (valid/ready)")
    .input("out_ready_i", n, "")
    .output("out_flit_o", n * fw, "per node: flit out of the network");
    let comment = format!(
        "Node n = y*{cols} + x; lane n of each port is that node's local inject (in_*) or eject (out_*)
port. Flit of {fw} bits, LSB first: payload[{dw}], last, src_x[{xw}], src_y[{yw}], dst_x[{xw}],
dst_y[{yw}], type[2] (0 Q row, 1 partial, 2 other). A packet is one or more flits, the
last with `last` set; every flit carries the header.",
        dw = g.data_w,
        xw = g.xw,
        yw = g.yw,
    );
    let mut s = String::new();
    // Wires out of each router: r<y>_<x>_<p>_{{valid,flit}} for its output p and
    // r<y>_<x>_<p>_ready for its input p; edge ports get the `unused_` prefix.
    let fwm = fw - 1;
    let on_edge = |y: u32, x: u32, p: char| match p {
        'n' => y == 0,
        's' => y == rows - 1,
        'w' => x == 0,
        'e' => x == cols - 1,
        _ => false,
    };
    let w = |y: u32, x: u32, p: char, sig: &str| {
        let base = format!("r{y}_{x}_{p}_{sig}");
        if on_edge(y, x, p) {
            format!("unused_{base}")
        } else {
            base
        }
    };
    for y in 0..rows {
        for x in 0..cols {
            for p in &PORTS[1..] {
                let _ = writeln!(
                    s,
                    "    wire          {};\n    wire [{fwm}:0] {};\n    wire          {};",
                    w(y, x, *p, "valid"),
                    w(y, x, *p, "flit"),
                    w(y, x, *p, "ready"),
                );
            }
        }
    }
    s.push('\n');
    for y in 0..rows {
        for x in 0..cols {
            let node = y * cols + x;
            let _ = write!(
                s,
                "    {router} #(.X({x}), .Y({y})) u_router_{y}_{x} (
        .clk_i(clk_i), .{rst}({rst}),
        .l_in_valid_i(in_valid_i[{node}]), .l_in_ready_o(in_ready_o[{node}]),
        .l_in_flit_i(in_flit_i[{lo}+:{fw}]),
        .l_out_valid_o(out_valid_o[{node}]), .l_out_ready_i(out_ready_i[{node}]),
        .l_out_flit_o(out_flit_o[{lo}+:{fw}])",
                rst = r.port,
                lo = node * fw,
            );
            for p in &PORTS[1..] {
                // The neighbour across port p and its port facing back.
                let (ny, nx, back) = match p {
                    'n' => (y.wrapping_sub(1), x, 's'),
                    's' => (y + 1, x, 'n'),
                    'e' => (y, x + 1, 'w'),
                    _ => (y, x.wrapping_sub(1), 'e'),
                };
                let (iv, ifl, ord) = if on_edge(y, x, *p) {
                    (
                        "1'b0".to_string(),
                        format!("{{{fw}{{1'b0}}}}"),
                        "1'b0".to_string(),
                    )
                } else {
                    (
                        w(ny, nx, back, "valid"),
                        w(ny, nx, back, "flit"),
                        w(ny, nx, back, "ready"),
                    )
                };
                let _ = write!(
                    s,
                    ",
        .{p}_in_valid_i({iv}), .{p}_in_ready_o({}), .{p}_in_flit_i({ifl}),
        .{p}_out_valid_o({}), .{p}_out_ready_i({ord}),
        .{p}_out_flit_o({})",
                    w(y, x, *p, "ready"),
                    w(y, x, *p, "valid"),
                    w(y, x, *p, "flit"),
                );
            }
            s.push_str("\n    );\n");
        }
    }
    s.push_str("endmodule\n");
    d.add(m.finish(&comment, &s, vec![router.into()]));
    name
}
