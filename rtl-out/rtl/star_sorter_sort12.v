// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Sorts 12 unsigned W-bit keys descending (out lane 0 the largest) in 3 pipeline stages
// of at most 3 compare-exchange layers: the bitonic sorter on 16 lanes, lanes 12.. constant
// zero and folded away, pruned to the 12 outputs (54 compare-exchanges). No reset: the
// data flows every cycle and the user qualifies it.
module star_sorter_sort12 #(
    parameter W = 8   // key width
) (
    input  wire            clk_i,
    input  wire [12*W-1:0] in_i,   // the keys, in any order
    output wire [12*W-1:0] out_o   // sorted, lane 0 the largest
);
    wire [W-1:0] n12, n13, n14, n15, n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27,
                 n28, n29, n30, n31, n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43,
                 n44, n45, n46, n47, n60, n61, n62, n63, n64, n65, n66, n67, n68, n69, n70, n71,
                 n72, n73, n74, n75, n76, n77, n78, n79, n80, n81, n82, n83, n84, n85, n86, n87,
                 n88, n89, n90, n91, n104, n105, n106, n107, n108, n109, n110, n111, n112, n113,
                 n114, n115, n116, n117, n118, n119, n120, n121, n122, n123, n124, n125, n126, n127,
                 n128, n129, n130, n131, n144, n145, n146, n147, n148, n149, n150, n151, n152, n153,
                 n154, n155;
    reg  [W-1:0] n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n92, n93, n94, n95,
                 n96, n97, n98, n99, n100, n101, n102, n103, n132, n133, n134, n135, n136, n137,
                 n138, n139, n140, n141, n142, n143;
    star_cmp_exchange #(.WIDTH(W)) u_c12 (.a_i(in_i[0*W +: W]), .b_i(in_i[1*W +: W]),
        .hi_o(n12), .lo_o(n13));
    star_cmp_exchange #(.WIDTH(W)) u_c14 (.a_i(in_i[3*W +: W]), .b_i(in_i[2*W +: W]),
        .hi_o(n14), .lo_o(n15));
    star_cmp_exchange #(.WIDTH(W)) u_c16 (.a_i(in_i[4*W +: W]), .b_i(in_i[5*W +: W]),
        .hi_o(n16), .lo_o(n17));
    star_cmp_exchange #(.WIDTH(W)) u_c18 (.a_i(in_i[7*W +: W]), .b_i(in_i[6*W +: W]),
        .hi_o(n18), .lo_o(n19));
    star_cmp_exchange #(.WIDTH(W)) u_c20 (.a_i(in_i[8*W +: W]), .b_i(in_i[9*W +: W]),
        .hi_o(n20), .lo_o(n21));
    star_cmp_exchange #(.WIDTH(W)) u_c22 (.a_i(in_i[11*W +: W]), .b_i(in_i[10*W +: W]),
        .hi_o(n22), .lo_o(n23));
    star_cmp_exchange #(.WIDTH(W)) u_c24 (.a_i(n12), .b_i(n15),
        .hi_o(n24), .lo_o(n25));
    star_cmp_exchange #(.WIDTH(W)) u_c26 (.a_i(n13), .b_i(n14),
        .hi_o(n26), .lo_o(n27));
    star_cmp_exchange #(.WIDTH(W)) u_c28 (.a_i(n19), .b_i(n16),
        .hi_o(n28), .lo_o(n29));
    star_cmp_exchange #(.WIDTH(W)) u_c30 (.a_i(n18), .b_i(n17),
        .hi_o(n30), .lo_o(n31));
    star_cmp_exchange #(.WIDTH(W)) u_c32 (.a_i(n20), .b_i(n23),
        .hi_o(n32), .lo_o(n33));
    star_cmp_exchange #(.WIDTH(W)) u_c34 (.a_i(n21), .b_i(n22),
        .hi_o(n34), .lo_o(n35));
    star_cmp_exchange #(.WIDTH(W)) u_c36 (.a_i(n24), .b_i(n26),
        .hi_o(n36), .lo_o(n37));
    star_cmp_exchange #(.WIDTH(W)) u_c38 (.a_i(n25), .b_i(n27),
        .hi_o(n38), .lo_o(n39));
    star_cmp_exchange #(.WIDTH(W)) u_c40 (.a_i(n31), .b_i(n29),
        .hi_o(n40), .lo_o(n41));
    star_cmp_exchange #(.WIDTH(W)) u_c42 (.a_i(n30), .b_i(n28),
        .hi_o(n42), .lo_o(n43));
    star_cmp_exchange #(.WIDTH(W)) u_c44 (.a_i(n32), .b_i(n34),
        .hi_o(n44), .lo_o(n45));
    star_cmp_exchange #(.WIDTH(W)) u_c46 (.a_i(n33), .b_i(n35),
        .hi_o(n46), .lo_o(n47));
    star_cmp_exchange #(.WIDTH(W)) u_c60 (.a_i(n48), .b_i(n52),
        .hi_o(n60), .lo_o(n61));
    star_cmp_exchange #(.WIDTH(W)) u_c62 (.a_i(n49), .b_i(n53),
        .hi_o(n62), .lo_o(n63));
    star_cmp_exchange #(.WIDTH(W)) u_c64 (.a_i(n50), .b_i(n54),
        .hi_o(n64), .lo_o(n65));
    star_cmp_exchange #(.WIDTH(W)) u_c66 (.a_i(n51), .b_i(n55),
        .hi_o(n66), .lo_o(n67));
    star_cmp_exchange #(.WIDTH(W)) u_c68 (.a_i(n60), .b_i(n64),
        .hi_o(n68), .lo_o(n69));
    star_cmp_exchange #(.WIDTH(W)) u_c70 (.a_i(n62), .b_i(n66),
        .hi_o(n70), .lo_o(n71));
    star_cmp_exchange #(.WIDTH(W)) u_c72 (.a_i(n61), .b_i(n65),
        .hi_o(n72), .lo_o(n73));
    star_cmp_exchange #(.WIDTH(W)) u_c74 (.a_i(n63), .b_i(n67),
        .hi_o(n74), .lo_o(n75));
    star_cmp_exchange #(.WIDTH(W)) u_c76 (.a_i(n58), .b_i(n56),
        .hi_o(n76), .lo_o(n77));
    star_cmp_exchange #(.WIDTH(W)) u_c78 (.a_i(n59), .b_i(n57),
        .hi_o(n78), .lo_o(n79));
    star_cmp_exchange #(.WIDTH(W)) u_c80 (.a_i(n68), .b_i(n70),
        .hi_o(n80), .lo_o(n81));
    star_cmp_exchange #(.WIDTH(W)) u_c82 (.a_i(n69), .b_i(n71),
        .hi_o(n82), .lo_o(n83));
    star_cmp_exchange #(.WIDTH(W)) u_c84 (.a_i(n72), .b_i(n74),
        .hi_o(n84), .lo_o(n85));
    star_cmp_exchange #(.WIDTH(W)) u_c86 (.a_i(n73), .b_i(n75),
        .hi_o(n86), .lo_o(n87));
    star_cmp_exchange #(.WIDTH(W)) u_c88 (.a_i(n79), .b_i(n77),
        .hi_o(n88), .lo_o(n89));
    star_cmp_exchange #(.WIDTH(W)) u_c90 (.a_i(n78), .b_i(n76),
        .hi_o(n90), .lo_o(n91));
    star_cmp_exchange #(.WIDTH(W)) u_c104 (.a_i(n96), .b_i(n100),
        .hi_o(n104), .lo_o(n105));
    star_cmp_exchange #(.WIDTH(W)) u_c106 (.a_i(n97), .b_i(n101),
        .hi_o(n106), .lo_o(n107));
    star_cmp_exchange #(.WIDTH(W)) u_c108 (.a_i(n98), .b_i(n102),
        .hi_o(n108), .lo_o(n109));
    star_cmp_exchange #(.WIDTH(W)) u_c110 (.a_i(n99), .b_i(n103),
        .hi_o(n110), .lo_o(n111));
    star_cmp_exchange #(.WIDTH(W)) u_c112 (.a_i(n92), .b_i(n104),
        .hi_o(n112), .lo_o(n113));
    star_cmp_exchange #(.WIDTH(W)) u_c114 (.a_i(n93), .b_i(n106),
        .hi_o(n114), .lo_o(n115));
    star_cmp_exchange #(.WIDTH(W)) u_c116 (.a_i(n94), .b_i(n108),
        .hi_o(n116), .lo_o(n117));
    star_cmp_exchange #(.WIDTH(W)) u_c118 (.a_i(n95), .b_i(n110),
        .hi_o(n118), .lo_o(n119));
    star_cmp_exchange #(.WIDTH(W)) u_c120 (.a_i(n112), .b_i(n116),
        .hi_o(n120), .lo_o(n121));
    star_cmp_exchange #(.WIDTH(W)) u_c122 (.a_i(n114), .b_i(n118),
        .hi_o(n122), .lo_o(n123));
    star_cmp_exchange #(.WIDTH(W)) u_c124 (.a_i(n113), .b_i(n117),
        .hi_o(n124), .lo_o(n125));
    star_cmp_exchange #(.WIDTH(W)) u_c126 (.a_i(n115), .b_i(n119),
        .hi_o(n126), .lo_o(n127));
    star_cmp_exchange #(.WIDTH(W)) u_c128 (.a_i(n105), .b_i(n109),
        .hi_o(n128), .lo_o(n129));
    star_cmp_exchange #(.WIDTH(W)) u_c130 (.a_i(n107), .b_i(n111),
        .hi_o(n130), .lo_o(n131));
    star_cmp_exchange #(.WIDTH(W)) u_c144 (.a_i(n132), .b_i(n133),
        .hi_o(n144), .lo_o(n145));
    star_cmp_exchange #(.WIDTH(W)) u_c146 (.a_i(n134), .b_i(n135),
        .hi_o(n146), .lo_o(n147));
    star_cmp_exchange #(.WIDTH(W)) u_c148 (.a_i(n136), .b_i(n137),
        .hi_o(n148), .lo_o(n149));
    star_cmp_exchange #(.WIDTH(W)) u_c150 (.a_i(n138), .b_i(n139),
        .hi_o(n150), .lo_o(n151));
    star_cmp_exchange #(.WIDTH(W)) u_c152 (.a_i(n140), .b_i(n141),
        .hi_o(n152), .lo_o(n153));
    star_cmp_exchange #(.WIDTH(W)) u_c154 (.a_i(n142), .b_i(n143),
        .hi_o(n154), .lo_o(n155));
    always @(posedge clk_i) begin
        n48 <= n36;
        n49 <= n37;
        n50 <= n38;
        n51 <= n39;
        n52 <= n41;
        n53 <= n40;
        n54 <= n43;
        n55 <= n42;
        n56 <= n44;
        n57 <= n45;
        n58 <= n46;
        n59 <= n47;
        n92 <= n80;
        n93 <= n81;
        n94 <= n82;
        n95 <= n83;
        n96 <= n84;
        n97 <= n85;
        n98 <= n86;
        n99 <= n87;
        n100 <= n89;
        n101 <= n88;
        n102 <= n91;
        n103 <= n90;
        n132 <= n120;
        n133 <= n122;
        n134 <= n121;
        n135 <= n123;
        n136 <= n124;
        n137 <= n126;
        n138 <= n125;
        n139 <= n127;
        n140 <= n128;
        n141 <= n130;
        n142 <= n129;
        n143 <= n131;
    end
    assign out_o[0*W +: W] = n144;
    assign out_o[1*W +: W] = n145;
    assign out_o[2*W +: W] = n146;
    assign out_o[3*W +: W] = n147;
    assign out_o[4*W +: W] = n148;
    assign out_o[5*W +: W] = n149;
    assign out_o[6*W +: W] = n150;
    assign out_o[7*W +: W] = n151;
    assign out_o[8*W +: W] = n152;
    assign out_o[9*W +: W] = n153;
    assign out_o[10*W +: W] = n154;
    assign out_o[11*W +: W] = n155;
endmodule
`default_nettype wire
