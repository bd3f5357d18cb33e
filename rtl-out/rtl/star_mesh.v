// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Mesh network (spec sec. 6): 4 x 4 routers, XY routing, 128-bit payload flits, wormhole.
// Node n = y*4 + x; lane n of each port is that node's local inject (in_*) or eject (out_*)
// port. Flit of 139 bits, LSB first: payload[128], last, src_x[2], src_y[2], dst_x[2],
// dst_y[2], type[2] (0 Q row, 1 partial, 2 other). A packet is one or more flits, the
// last with `last` set; every flit carries the header.
module star_mesh (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire [15:0]   in_valid_i,   // per node: stream into the network (valid/ready)
    output wire [15:0]   in_ready_o,
    input  wire [2223:0] in_flit_i,    // per node: flit into the network
    output wire [15:0]   out_valid_o,  // per node: stream out of the network (valid/ready)
    input  wire [15:0]   out_ready_i,
    output wire [2223:0] out_flit_o    // per node: flit out of the network
);
    wire          unused_r0_0_n_valid;
    wire [138:0] unused_r0_0_n_flit;
    wire          unused_r0_0_n_ready;
    wire          r0_0_e_valid;
    wire [138:0] r0_0_e_flit;
    wire          r0_0_e_ready;
    wire          r0_0_s_valid;
    wire [138:0] r0_0_s_flit;
    wire          r0_0_s_ready;
    wire          unused_r0_0_w_valid;
    wire [138:0] unused_r0_0_w_flit;
    wire          unused_r0_0_w_ready;
    wire          unused_r0_1_n_valid;
    wire [138:0] unused_r0_1_n_flit;
    wire          unused_r0_1_n_ready;
    wire          r0_1_e_valid;
    wire [138:0] r0_1_e_flit;
    wire          r0_1_e_ready;
    wire          r0_1_s_valid;
    wire [138:0] r0_1_s_flit;
    wire          r0_1_s_ready;
    wire          r0_1_w_valid;
    wire [138:0] r0_1_w_flit;
    wire          r0_1_w_ready;
    wire          unused_r0_2_n_valid;
    wire [138:0] unused_r0_2_n_flit;
    wire          unused_r0_2_n_ready;
    wire          r0_2_e_valid;
    wire [138:0] r0_2_e_flit;
    wire          r0_2_e_ready;
    wire          r0_2_s_valid;
    wire [138:0] r0_2_s_flit;
    wire          r0_2_s_ready;
    wire          r0_2_w_valid;
    wire [138:0] r0_2_w_flit;
    wire          r0_2_w_ready;
    wire          unused_r0_3_n_valid;
    wire [138:0] unused_r0_3_n_flit;
    wire          unused_r0_3_n_ready;
    wire          unused_r0_3_e_valid;
    wire [138:0] unused_r0_3_e_flit;
    wire          unused_r0_3_e_ready;
    wire          r0_3_s_valid;
    wire [138:0] r0_3_s_flit;
    wire          r0_3_s_ready;
    wire          r0_3_w_valid;
    wire [138:0] r0_3_w_flit;
    wire          r0_3_w_ready;
    wire          r1_0_n_valid;
    wire [138:0] r1_0_n_flit;
    wire          r1_0_n_ready;
    wire          r1_0_e_valid;
    wire [138:0] r1_0_e_flit;
    wire          r1_0_e_ready;
    wire          r1_0_s_valid;
    wire [138:0] r1_0_s_flit;
    wire          r1_0_s_ready;
    wire          unused_r1_0_w_valid;
    wire [138:0] unused_r1_0_w_flit;
    wire          unused_r1_0_w_ready;
    wire          r1_1_n_valid;
    wire [138:0] r1_1_n_flit;
    wire          r1_1_n_ready;
    wire          r1_1_e_valid;
    wire [138:0] r1_1_e_flit;
    wire          r1_1_e_ready;
    wire          r1_1_s_valid;
    wire [138:0] r1_1_s_flit;
    wire          r1_1_s_ready;
    wire          r1_1_w_valid;
    wire [138:0] r1_1_w_flit;
    wire          r1_1_w_ready;
    wire          r1_2_n_valid;
    wire [138:0] r1_2_n_flit;
    wire          r1_2_n_ready;
    wire          r1_2_e_valid;
    wire [138:0] r1_2_e_flit;
    wire          r1_2_e_ready;
    wire          r1_2_s_valid;
    wire [138:0] r1_2_s_flit;
    wire          r1_2_s_ready;
    wire          r1_2_w_valid;
    wire [138:0] r1_2_w_flit;
    wire          r1_2_w_ready;
    wire          r1_3_n_valid;
    wire [138:0] r1_3_n_flit;
    wire          r1_3_n_ready;
    wire          unused_r1_3_e_valid;
    wire [138:0] unused_r1_3_e_flit;
    wire          unused_r1_3_e_ready;
    wire          r1_3_s_valid;
    wire [138:0] r1_3_s_flit;
    wire          r1_3_s_ready;
    wire          r1_3_w_valid;
    wire [138:0] r1_3_w_flit;
    wire          r1_3_w_ready;
    wire          r2_0_n_valid;
    wire [138:0] r2_0_n_flit;
    wire          r2_0_n_ready;
    wire          r2_0_e_valid;
    wire [138:0] r2_0_e_flit;
    wire          r2_0_e_ready;
    wire          r2_0_s_valid;
    wire [138:0] r2_0_s_flit;
    wire          r2_0_s_ready;
    wire          unused_r2_0_w_valid;
    wire [138:0] unused_r2_0_w_flit;
    wire          unused_r2_0_w_ready;
    wire          r2_1_n_valid;
    wire [138:0] r2_1_n_flit;
    wire          r2_1_n_ready;
    wire          r2_1_e_valid;
    wire [138:0] r2_1_e_flit;
    wire          r2_1_e_ready;
    wire          r2_1_s_valid;
    wire [138:0] r2_1_s_flit;
    wire          r2_1_s_ready;
    wire          r2_1_w_valid;
    wire [138:0] r2_1_w_flit;
    wire          r2_1_w_ready;
    wire          r2_2_n_valid;
    wire [138:0] r2_2_n_flit;
    wire          r2_2_n_ready;
    wire          r2_2_e_valid;
    wire [138:0] r2_2_e_flit;
    wire          r2_2_e_ready;
    wire          r2_2_s_valid;
    wire [138:0] r2_2_s_flit;
    wire          r2_2_s_ready;
    wire          r2_2_w_valid;
    wire [138:0] r2_2_w_flit;
    wire          r2_2_w_ready;
    wire          r2_3_n_valid;
    wire [138:0] r2_3_n_flit;
    wire          r2_3_n_ready;
    wire          unused_r2_3_e_valid;
    wire [138:0] unused_r2_3_e_flit;
    wire          unused_r2_3_e_ready;
    wire          r2_3_s_valid;
    wire [138:0] r2_3_s_flit;
    wire          r2_3_s_ready;
    wire          r2_3_w_valid;
    wire [138:0] r2_3_w_flit;
    wire          r2_3_w_ready;
    wire          r3_0_n_valid;
    wire [138:0] r3_0_n_flit;
    wire          r3_0_n_ready;
    wire          r3_0_e_valid;
    wire [138:0] r3_0_e_flit;
    wire          r3_0_e_ready;
    wire          unused_r3_0_s_valid;
    wire [138:0] unused_r3_0_s_flit;
    wire          unused_r3_0_s_ready;
    wire          unused_r3_0_w_valid;
    wire [138:0] unused_r3_0_w_flit;
    wire          unused_r3_0_w_ready;
    wire          r3_1_n_valid;
    wire [138:0] r3_1_n_flit;
    wire          r3_1_n_ready;
    wire          r3_1_e_valid;
    wire [138:0] r3_1_e_flit;
    wire          r3_1_e_ready;
    wire          unused_r3_1_s_valid;
    wire [138:0] unused_r3_1_s_flit;
    wire          unused_r3_1_s_ready;
    wire          r3_1_w_valid;
    wire [138:0] r3_1_w_flit;
    wire          r3_1_w_ready;
    wire          r3_2_n_valid;
    wire [138:0] r3_2_n_flit;
    wire          r3_2_n_ready;
    wire          r3_2_e_valid;
    wire [138:0] r3_2_e_flit;
    wire          r3_2_e_ready;
    wire          unused_r3_2_s_valid;
    wire [138:0] unused_r3_2_s_flit;
    wire          unused_r3_2_s_ready;
    wire          r3_2_w_valid;
    wire [138:0] r3_2_w_flit;
    wire          r3_2_w_ready;
    wire          r3_3_n_valid;
    wire [138:0] r3_3_n_flit;
    wire          r3_3_n_ready;
    wire          unused_r3_3_e_valid;
    wire [138:0] unused_r3_3_e_flit;
    wire          unused_r3_3_e_ready;
    wire          unused_r3_3_s_valid;
    wire [138:0] unused_r3_3_s_flit;
    wire          unused_r3_3_s_ready;
    wire          r3_3_w_valid;
    wire [138:0] r3_3_w_flit;
    wire          r3_3_w_ready;

    star_router #(.X(0), .Y(0)) u_router_0_0 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[0]), .l_in_ready_o(in_ready_o[0]),
        .l_in_flit_i(in_flit_i[0+:139]),
        .l_out_valid_o(out_valid_o[0]), .l_out_ready_i(out_ready_i[0]),
        .l_out_flit_o(out_flit_o[0+:139]),
        .n_in_valid_i(1'b0), .n_in_ready_o(unused_r0_0_n_ready), .n_in_flit_i({139{1'b0}}),
        .n_out_valid_o(unused_r0_0_n_valid), .n_out_ready_i(1'b0),
        .n_out_flit_o(unused_r0_0_n_flit),
        .e_in_valid_i(r0_1_w_valid), .e_in_ready_o(r0_0_e_ready), .e_in_flit_i(r0_1_w_flit),
        .e_out_valid_o(r0_0_e_valid), .e_out_ready_i(r0_1_w_ready),
        .e_out_flit_o(r0_0_e_flit),
        .s_in_valid_i(r1_0_n_valid), .s_in_ready_o(r0_0_s_ready), .s_in_flit_i(r1_0_n_flit),
        .s_out_valid_o(r0_0_s_valid), .s_out_ready_i(r1_0_n_ready),
        .s_out_flit_o(r0_0_s_flit),
        .w_in_valid_i(1'b0), .w_in_ready_o(unused_r0_0_w_ready), .w_in_flit_i({139{1'b0}}),
        .w_out_valid_o(unused_r0_0_w_valid), .w_out_ready_i(1'b0),
        .w_out_flit_o(unused_r0_0_w_flit)
    );
    star_router #(.X(1), .Y(0)) u_router_0_1 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[1]), .l_in_ready_o(in_ready_o[1]),
        .l_in_flit_i(in_flit_i[139+:139]),
        .l_out_valid_o(out_valid_o[1]), .l_out_ready_i(out_ready_i[1]),
        .l_out_flit_o(out_flit_o[139+:139]),
        .n_in_valid_i(1'b0), .n_in_ready_o(unused_r0_1_n_ready), .n_in_flit_i({139{1'b0}}),
        .n_out_valid_o(unused_r0_1_n_valid), .n_out_ready_i(1'b0),
        .n_out_flit_o(unused_r0_1_n_flit),
        .e_in_valid_i(r0_2_w_valid), .e_in_ready_o(r0_1_e_ready), .e_in_flit_i(r0_2_w_flit),
        .e_out_valid_o(r0_1_e_valid), .e_out_ready_i(r0_2_w_ready),
        .e_out_flit_o(r0_1_e_flit),
        .s_in_valid_i(r1_1_n_valid), .s_in_ready_o(r0_1_s_ready), .s_in_flit_i(r1_1_n_flit),
        .s_out_valid_o(r0_1_s_valid), .s_out_ready_i(r1_1_n_ready),
        .s_out_flit_o(r0_1_s_flit),
        .w_in_valid_i(r0_0_e_valid), .w_in_ready_o(r0_1_w_ready), .w_in_flit_i(r0_0_e_flit),
        .w_out_valid_o(r0_1_w_valid), .w_out_ready_i(r0_0_e_ready),
        .w_out_flit_o(r0_1_w_flit)
    );
    star_router #(.X(2), .Y(0)) u_router_0_2 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[2]), .l_in_ready_o(in_ready_o[2]),
        .l_in_flit_i(in_flit_i[278+:139]),
        .l_out_valid_o(out_valid_o[2]), .l_out_ready_i(out_ready_i[2]),
        .l_out_flit_o(out_flit_o[278+:139]),
        .n_in_valid_i(1'b0), .n_in_ready_o(unused_r0_2_n_ready), .n_in_flit_i({139{1'b0}}),
        .n_out_valid_o(unused_r0_2_n_valid), .n_out_ready_i(1'b0),
        .n_out_flit_o(unused_r0_2_n_flit),
        .e_in_valid_i(r0_3_w_valid), .e_in_ready_o(r0_2_e_ready), .e_in_flit_i(r0_3_w_flit),
        .e_out_valid_o(r0_2_e_valid), .e_out_ready_i(r0_3_w_ready),
        .e_out_flit_o(r0_2_e_flit),
        .s_in_valid_i(r1_2_n_valid), .s_in_ready_o(r0_2_s_ready), .s_in_flit_i(r1_2_n_flit),
        .s_out_valid_o(r0_2_s_valid), .s_out_ready_i(r1_2_n_ready),
        .s_out_flit_o(r0_2_s_flit),
        .w_in_valid_i(r0_1_e_valid), .w_in_ready_o(r0_2_w_ready), .w_in_flit_i(r0_1_e_flit),
        .w_out_valid_o(r0_2_w_valid), .w_out_ready_i(r0_1_e_ready),
        .w_out_flit_o(r0_2_w_flit)
    );
    star_router #(.X(3), .Y(0)) u_router_0_3 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[3]), .l_in_ready_o(in_ready_o[3]),
        .l_in_flit_i(in_flit_i[417+:139]),
        .l_out_valid_o(out_valid_o[3]), .l_out_ready_i(out_ready_i[3]),
        .l_out_flit_o(out_flit_o[417+:139]),
        .n_in_valid_i(1'b0), .n_in_ready_o(unused_r0_3_n_ready), .n_in_flit_i({139{1'b0}}),
        .n_out_valid_o(unused_r0_3_n_valid), .n_out_ready_i(1'b0),
        .n_out_flit_o(unused_r0_3_n_flit),
        .e_in_valid_i(1'b0), .e_in_ready_o(unused_r0_3_e_ready), .e_in_flit_i({139{1'b0}}),
        .e_out_valid_o(unused_r0_3_e_valid), .e_out_ready_i(1'b0),
        .e_out_flit_o(unused_r0_3_e_flit),
        .s_in_valid_i(r1_3_n_valid), .s_in_ready_o(r0_3_s_ready), .s_in_flit_i(r1_3_n_flit),
        .s_out_valid_o(r0_3_s_valid), .s_out_ready_i(r1_3_n_ready),
        .s_out_flit_o(r0_3_s_flit),
        .w_in_valid_i(r0_2_e_valid), .w_in_ready_o(r0_3_w_ready), .w_in_flit_i(r0_2_e_flit),
        .w_out_valid_o(r0_3_w_valid), .w_out_ready_i(r0_2_e_ready),
        .w_out_flit_o(r0_3_w_flit)
    );
    star_router #(.X(0), .Y(1)) u_router_1_0 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[4]), .l_in_ready_o(in_ready_o[4]),
        .l_in_flit_i(in_flit_i[556+:139]),
        .l_out_valid_o(out_valid_o[4]), .l_out_ready_i(out_ready_i[4]),
        .l_out_flit_o(out_flit_o[556+:139]),
        .n_in_valid_i(r0_0_s_valid), .n_in_ready_o(r1_0_n_ready), .n_in_flit_i(r0_0_s_flit),
        .n_out_valid_o(r1_0_n_valid), .n_out_ready_i(r0_0_s_ready),
        .n_out_flit_o(r1_0_n_flit),
        .e_in_valid_i(r1_1_w_valid), .e_in_ready_o(r1_0_e_ready), .e_in_flit_i(r1_1_w_flit),
        .e_out_valid_o(r1_0_e_valid), .e_out_ready_i(r1_1_w_ready),
        .e_out_flit_o(r1_0_e_flit),
        .s_in_valid_i(r2_0_n_valid), .s_in_ready_o(r1_0_s_ready), .s_in_flit_i(r2_0_n_flit),
        .s_out_valid_o(r1_0_s_valid), .s_out_ready_i(r2_0_n_ready),
        .s_out_flit_o(r1_0_s_flit),
        .w_in_valid_i(1'b0), .w_in_ready_o(unused_r1_0_w_ready), .w_in_flit_i({139{1'b0}}),
        .w_out_valid_o(unused_r1_0_w_valid), .w_out_ready_i(1'b0),
        .w_out_flit_o(unused_r1_0_w_flit)
    );
    star_router #(.X(1), .Y(1)) u_router_1_1 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[5]), .l_in_ready_o(in_ready_o[5]),
        .l_in_flit_i(in_flit_i[695+:139]),
        .l_out_valid_o(out_valid_o[5]), .l_out_ready_i(out_ready_i[5]),
        .l_out_flit_o(out_flit_o[695+:139]),
        .n_in_valid_i(r0_1_s_valid), .n_in_ready_o(r1_1_n_ready), .n_in_flit_i(r0_1_s_flit),
        .n_out_valid_o(r1_1_n_valid), .n_out_ready_i(r0_1_s_ready),
        .n_out_flit_o(r1_1_n_flit),
        .e_in_valid_i(r1_2_w_valid), .e_in_ready_o(r1_1_e_ready), .e_in_flit_i(r1_2_w_flit),
        .e_out_valid_o(r1_1_e_valid), .e_out_ready_i(r1_2_w_ready),
        .e_out_flit_o(r1_1_e_flit),
        .s_in_valid_i(r2_1_n_valid), .s_in_ready_o(r1_1_s_ready), .s_in_flit_i(r2_1_n_flit),
        .s_out_valid_o(r1_1_s_valid), .s_out_ready_i(r2_1_n_ready),
        .s_out_flit_o(r1_1_s_flit),
        .w_in_valid_i(r1_0_e_valid), .w_in_ready_o(r1_1_w_ready), .w_in_flit_i(r1_0_e_flit),
        .w_out_valid_o(r1_1_w_valid), .w_out_ready_i(r1_0_e_ready),
        .w_out_flit_o(r1_1_w_flit)
    );
    star_router #(.X(2), .Y(1)) u_router_1_2 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[6]), .l_in_ready_o(in_ready_o[6]),
        .l_in_flit_i(in_flit_i[834+:139]),
        .l_out_valid_o(out_valid_o[6]), .l_out_ready_i(out_ready_i[6]),
        .l_out_flit_o(out_flit_o[834+:139]),
        .n_in_valid_i(r0_2_s_valid), .n_in_ready_o(r1_2_n_ready), .n_in_flit_i(r0_2_s_flit),
        .n_out_valid_o(r1_2_n_valid), .n_out_ready_i(r0_2_s_ready),
        .n_out_flit_o(r1_2_n_flit),
        .e_in_valid_i(r1_3_w_valid), .e_in_ready_o(r1_2_e_ready), .e_in_flit_i(r1_3_w_flit),
        .e_out_valid_o(r1_2_e_valid), .e_out_ready_i(r1_3_w_ready),
        .e_out_flit_o(r1_2_e_flit),
        .s_in_valid_i(r2_2_n_valid), .s_in_ready_o(r1_2_s_ready), .s_in_flit_i(r2_2_n_flit),
        .s_out_valid_o(r1_2_s_valid), .s_out_ready_i(r2_2_n_ready),
        .s_out_flit_o(r1_2_s_flit),
        .w_in_valid_i(r1_1_e_valid), .w_in_ready_o(r1_2_w_ready), .w_in_flit_i(r1_1_e_flit),
        .w_out_valid_o(r1_2_w_valid), .w_out_ready_i(r1_1_e_ready),
        .w_out_flit_o(r1_2_w_flit)
    );
    star_router #(.X(3), .Y(1)) u_router_1_3 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[7]), .l_in_ready_o(in_ready_o[7]),
        .l_in_flit_i(in_flit_i[973+:139]),
        .l_out_valid_o(out_valid_o[7]), .l_out_ready_i(out_ready_i[7]),
        .l_out_flit_o(out_flit_o[973+:139]),
        .n_in_valid_i(r0_3_s_valid), .n_in_ready_o(r1_3_n_ready), .n_in_flit_i(r0_3_s_flit),
        .n_out_valid_o(r1_3_n_valid), .n_out_ready_i(r0_3_s_ready),
        .n_out_flit_o(r1_3_n_flit),
        .e_in_valid_i(1'b0), .e_in_ready_o(unused_r1_3_e_ready), .e_in_flit_i({139{1'b0}}),
        .e_out_valid_o(unused_r1_3_e_valid), .e_out_ready_i(1'b0),
        .e_out_flit_o(unused_r1_3_e_flit),
        .s_in_valid_i(r2_3_n_valid), .s_in_ready_o(r1_3_s_ready), .s_in_flit_i(r2_3_n_flit),
        .s_out_valid_o(r1_3_s_valid), .s_out_ready_i(r2_3_n_ready),
        .s_out_flit_o(r1_3_s_flit),
        .w_in_valid_i(r1_2_e_valid), .w_in_ready_o(r1_3_w_ready), .w_in_flit_i(r1_2_e_flit),
        .w_out_valid_o(r1_3_w_valid), .w_out_ready_i(r1_2_e_ready),
        .w_out_flit_o(r1_3_w_flit)
    );
    star_router #(.X(0), .Y(2)) u_router_2_0 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[8]), .l_in_ready_o(in_ready_o[8]),
        .l_in_flit_i(in_flit_i[1112+:139]),
        .l_out_valid_o(out_valid_o[8]), .l_out_ready_i(out_ready_i[8]),
        .l_out_flit_o(out_flit_o[1112+:139]),
        .n_in_valid_i(r1_0_s_valid), .n_in_ready_o(r2_0_n_ready), .n_in_flit_i(r1_0_s_flit),
        .n_out_valid_o(r2_0_n_valid), .n_out_ready_i(r1_0_s_ready),
        .n_out_flit_o(r2_0_n_flit),
        .e_in_valid_i(r2_1_w_valid), .e_in_ready_o(r2_0_e_ready), .e_in_flit_i(r2_1_w_flit),
        .e_out_valid_o(r2_0_e_valid), .e_out_ready_i(r2_1_w_ready),
        .e_out_flit_o(r2_0_e_flit),
        .s_in_valid_i(r3_0_n_valid), .s_in_ready_o(r2_0_s_ready), .s_in_flit_i(r3_0_n_flit),
        .s_out_valid_o(r2_0_s_valid), .s_out_ready_i(r3_0_n_ready),
        .s_out_flit_o(r2_0_s_flit),
        .w_in_valid_i(1'b0), .w_in_ready_o(unused_r2_0_w_ready), .w_in_flit_i({139{1'b0}}),
        .w_out_valid_o(unused_r2_0_w_valid), .w_out_ready_i(1'b0),
        .w_out_flit_o(unused_r2_0_w_flit)
    );
    star_router #(.X(1), .Y(2)) u_router_2_1 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[9]), .l_in_ready_o(in_ready_o[9]),
        .l_in_flit_i(in_flit_i[1251+:139]),
        .l_out_valid_o(out_valid_o[9]), .l_out_ready_i(out_ready_i[9]),
        .l_out_flit_o(out_flit_o[1251+:139]),
        .n_in_valid_i(r1_1_s_valid), .n_in_ready_o(r2_1_n_ready), .n_in_flit_i(r1_1_s_flit),
        .n_out_valid_o(r2_1_n_valid), .n_out_ready_i(r1_1_s_ready),
        .n_out_flit_o(r2_1_n_flit),
        .e_in_valid_i(r2_2_w_valid), .e_in_ready_o(r2_1_e_ready), .e_in_flit_i(r2_2_w_flit),
        .e_out_valid_o(r2_1_e_valid), .e_out_ready_i(r2_2_w_ready),
        .e_out_flit_o(r2_1_e_flit),
        .s_in_valid_i(r3_1_n_valid), .s_in_ready_o(r2_1_s_ready), .s_in_flit_i(r3_1_n_flit),
        .s_out_valid_o(r2_1_s_valid), .s_out_ready_i(r3_1_n_ready),
        .s_out_flit_o(r2_1_s_flit),
        .w_in_valid_i(r2_0_e_valid), .w_in_ready_o(r2_1_w_ready), .w_in_flit_i(r2_0_e_flit),
        .w_out_valid_o(r2_1_w_valid), .w_out_ready_i(r2_0_e_ready),
        .w_out_flit_o(r2_1_w_flit)
    );
    star_router #(.X(2), .Y(2)) u_router_2_2 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[10]), .l_in_ready_o(in_ready_o[10]),
        .l_in_flit_i(in_flit_i[1390+:139]),
        .l_out_valid_o(out_valid_o[10]), .l_out_ready_i(out_ready_i[10]),
        .l_out_flit_o(out_flit_o[1390+:139]),
        .n_in_valid_i(r1_2_s_valid), .n_in_ready_o(r2_2_n_ready), .n_in_flit_i(r1_2_s_flit),
        .n_out_valid_o(r2_2_n_valid), .n_out_ready_i(r1_2_s_ready),
        .n_out_flit_o(r2_2_n_flit),
        .e_in_valid_i(r2_3_w_valid), .e_in_ready_o(r2_2_e_ready), .e_in_flit_i(r2_3_w_flit),
        .e_out_valid_o(r2_2_e_valid), .e_out_ready_i(r2_3_w_ready),
        .e_out_flit_o(r2_2_e_flit),
        .s_in_valid_i(r3_2_n_valid), .s_in_ready_o(r2_2_s_ready), .s_in_flit_i(r3_2_n_flit),
        .s_out_valid_o(r2_2_s_valid), .s_out_ready_i(r3_2_n_ready),
        .s_out_flit_o(r2_2_s_flit),
        .w_in_valid_i(r2_1_e_valid), .w_in_ready_o(r2_2_w_ready), .w_in_flit_i(r2_1_e_flit),
        .w_out_valid_o(r2_2_w_valid), .w_out_ready_i(r2_1_e_ready),
        .w_out_flit_o(r2_2_w_flit)
    );
    star_router #(.X(3), .Y(2)) u_router_2_3 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[11]), .l_in_ready_o(in_ready_o[11]),
        .l_in_flit_i(in_flit_i[1529+:139]),
        .l_out_valid_o(out_valid_o[11]), .l_out_ready_i(out_ready_i[11]),
        .l_out_flit_o(out_flit_o[1529+:139]),
        .n_in_valid_i(r1_3_s_valid), .n_in_ready_o(r2_3_n_ready), .n_in_flit_i(r1_3_s_flit),
        .n_out_valid_o(r2_3_n_valid), .n_out_ready_i(r1_3_s_ready),
        .n_out_flit_o(r2_3_n_flit),
        .e_in_valid_i(1'b0), .e_in_ready_o(unused_r2_3_e_ready), .e_in_flit_i({139{1'b0}}),
        .e_out_valid_o(unused_r2_3_e_valid), .e_out_ready_i(1'b0),
        .e_out_flit_o(unused_r2_3_e_flit),
        .s_in_valid_i(r3_3_n_valid), .s_in_ready_o(r2_3_s_ready), .s_in_flit_i(r3_3_n_flit),
        .s_out_valid_o(r2_3_s_valid), .s_out_ready_i(r3_3_n_ready),
        .s_out_flit_o(r2_3_s_flit),
        .w_in_valid_i(r2_2_e_valid), .w_in_ready_o(r2_3_w_ready), .w_in_flit_i(r2_2_e_flit),
        .w_out_valid_o(r2_3_w_valid), .w_out_ready_i(r2_2_e_ready),
        .w_out_flit_o(r2_3_w_flit)
    );
    star_router #(.X(0), .Y(3)) u_router_3_0 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[12]), .l_in_ready_o(in_ready_o[12]),
        .l_in_flit_i(in_flit_i[1668+:139]),
        .l_out_valid_o(out_valid_o[12]), .l_out_ready_i(out_ready_i[12]),
        .l_out_flit_o(out_flit_o[1668+:139]),
        .n_in_valid_i(r2_0_s_valid), .n_in_ready_o(r3_0_n_ready), .n_in_flit_i(r2_0_s_flit),
        .n_out_valid_o(r3_0_n_valid), .n_out_ready_i(r2_0_s_ready),
        .n_out_flit_o(r3_0_n_flit),
        .e_in_valid_i(r3_1_w_valid), .e_in_ready_o(r3_0_e_ready), .e_in_flit_i(r3_1_w_flit),
        .e_out_valid_o(r3_0_e_valid), .e_out_ready_i(r3_1_w_ready),
        .e_out_flit_o(r3_0_e_flit),
        .s_in_valid_i(1'b0), .s_in_ready_o(unused_r3_0_s_ready), .s_in_flit_i({139{1'b0}}),
        .s_out_valid_o(unused_r3_0_s_valid), .s_out_ready_i(1'b0),
        .s_out_flit_o(unused_r3_0_s_flit),
        .w_in_valid_i(1'b0), .w_in_ready_o(unused_r3_0_w_ready), .w_in_flit_i({139{1'b0}}),
        .w_out_valid_o(unused_r3_0_w_valid), .w_out_ready_i(1'b0),
        .w_out_flit_o(unused_r3_0_w_flit)
    );
    star_router #(.X(1), .Y(3)) u_router_3_1 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[13]), .l_in_ready_o(in_ready_o[13]),
        .l_in_flit_i(in_flit_i[1807+:139]),
        .l_out_valid_o(out_valid_o[13]), .l_out_ready_i(out_ready_i[13]),
        .l_out_flit_o(out_flit_o[1807+:139]),
        .n_in_valid_i(r2_1_s_valid), .n_in_ready_o(r3_1_n_ready), .n_in_flit_i(r2_1_s_flit),
        .n_out_valid_o(r3_1_n_valid), .n_out_ready_i(r2_1_s_ready),
        .n_out_flit_o(r3_1_n_flit),
        .e_in_valid_i(r3_2_w_valid), .e_in_ready_o(r3_1_e_ready), .e_in_flit_i(r3_2_w_flit),
        .e_out_valid_o(r3_1_e_valid), .e_out_ready_i(r3_2_w_ready),
        .e_out_flit_o(r3_1_e_flit),
        .s_in_valid_i(1'b0), .s_in_ready_o(unused_r3_1_s_ready), .s_in_flit_i({139{1'b0}}),
        .s_out_valid_o(unused_r3_1_s_valid), .s_out_ready_i(1'b0),
        .s_out_flit_o(unused_r3_1_s_flit),
        .w_in_valid_i(r3_0_e_valid), .w_in_ready_o(r3_1_w_ready), .w_in_flit_i(r3_0_e_flit),
        .w_out_valid_o(r3_1_w_valid), .w_out_ready_i(r3_0_e_ready),
        .w_out_flit_o(r3_1_w_flit)
    );
    star_router #(.X(2), .Y(3)) u_router_3_2 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[14]), .l_in_ready_o(in_ready_o[14]),
        .l_in_flit_i(in_flit_i[1946+:139]),
        .l_out_valid_o(out_valid_o[14]), .l_out_ready_i(out_ready_i[14]),
        .l_out_flit_o(out_flit_o[1946+:139]),
        .n_in_valid_i(r2_2_s_valid), .n_in_ready_o(r3_2_n_ready), .n_in_flit_i(r2_2_s_flit),
        .n_out_valid_o(r3_2_n_valid), .n_out_ready_i(r2_2_s_ready),
        .n_out_flit_o(r3_2_n_flit),
        .e_in_valid_i(r3_3_w_valid), .e_in_ready_o(r3_2_e_ready), .e_in_flit_i(r3_3_w_flit),
        .e_out_valid_o(r3_2_e_valid), .e_out_ready_i(r3_3_w_ready),
        .e_out_flit_o(r3_2_e_flit),
        .s_in_valid_i(1'b0), .s_in_ready_o(unused_r3_2_s_ready), .s_in_flit_i({139{1'b0}}),
        .s_out_valid_o(unused_r3_2_s_valid), .s_out_ready_i(1'b0),
        .s_out_flit_o(unused_r3_2_s_flit),
        .w_in_valid_i(r3_1_e_valid), .w_in_ready_o(r3_2_w_ready), .w_in_flit_i(r3_1_e_flit),
        .w_out_valid_o(r3_2_w_valid), .w_out_ready_i(r3_1_e_ready),
        .w_out_flit_o(r3_2_w_flit)
    );
    star_router #(.X(3), .Y(3)) u_router_3_3 (
        .clk_i(clk_i), .rst_i(rst_i),
        .l_in_valid_i(in_valid_i[15]), .l_in_ready_o(in_ready_o[15]),
        .l_in_flit_i(in_flit_i[2085+:139]),
        .l_out_valid_o(out_valid_o[15]), .l_out_ready_i(out_ready_i[15]),
        .l_out_flit_o(out_flit_o[2085+:139]),
        .n_in_valid_i(r2_3_s_valid), .n_in_ready_o(r3_3_n_ready), .n_in_flit_i(r2_3_s_flit),
        .n_out_valid_o(r3_3_n_valid), .n_out_ready_i(r2_3_s_ready),
        .n_out_flit_o(r3_3_n_flit),
        .e_in_valid_i(1'b0), .e_in_ready_o(unused_r3_3_e_ready), .e_in_flit_i({139{1'b0}}),
        .e_out_valid_o(unused_r3_3_e_valid), .e_out_ready_i(1'b0),
        .e_out_flit_o(unused_r3_3_e_flit),
        .s_in_valid_i(1'b0), .s_in_ready_o(unused_r3_3_s_ready), .s_in_flit_i({139{1'b0}}),
        .s_out_valid_o(unused_r3_3_s_valid), .s_out_ready_i(1'b0),
        .s_out_flit_o(unused_r3_3_s_flit),
        .w_in_valid_i(r3_2_e_valid), .w_in_ready_o(r3_3_w_ready), .w_in_flit_i(r3_2_e_flit),
        .w_out_valid_o(r3_3_w_valid), .w_out_ready_i(r3_2_e_ready),
        .w_out_flit_o(r3_3_w_flit)
    );
endmodule
`default_nettype wire
