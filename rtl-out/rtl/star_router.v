// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Mesh router (spec section 6): 5 ports, an input FIFO per port, XY routing, round-robin wormhole
// outputs. Ports 0 local, 1 north (y-1), 2 east (x+1), 3 south (y+1), 4 west (x-1). Flit, LSB
// first: payload[DATA_W], last, src_x[XW], src_y[YW], dst_x[XW], dst_y[YW], type[2]. Every flit
// carries the header, so each routes on its own dst; an output is held by one input from the first
// flit of a packet until the flit with `last` (wormhole), then re-arbitrated round robin. A flit
// spends one cycle in a router (FIFO write, then head to the next FIFO); ready is the FIFO's
// registered "not full", so no ready/valid path crosses a router combinationally.
module star_router #(
    parameter DATA_W = 128,  // payload bits per flit
    parameter XW     = 2,    // x coordinate width
    parameter YW     = 2,    // y coordinate width
    parameter X      = 0,    // this router's column
    parameter Y      = 0,    // this router's row
    parameter DEPTH  = 4     // input FIFO depth (power of two, >= 2)
) (
    input  wire                          clk_i,
    input  wire                          rst_i,
    input  wire                          l_in_valid_i,
    output wire                          l_in_ready_o,
    input  wire [DATA_W+2*(XW+YW)+3-1:0] l_in_flit_i,
    output wire                          l_out_valid_o,
    input  wire                          l_out_ready_i,
    output wire [DATA_W+2*(XW+YW)+3-1:0] l_out_flit_o,
    input  wire                          n_in_valid_i,
    output wire                          n_in_ready_o,
    input  wire [DATA_W+2*(XW+YW)+3-1:0] n_in_flit_i,
    output wire                          n_out_valid_o,
    input  wire                          n_out_ready_i,
    output wire [DATA_W+2*(XW+YW)+3-1:0] n_out_flit_o,
    input  wire                          e_in_valid_i,
    output wire                          e_in_ready_o,
    input  wire [DATA_W+2*(XW+YW)+3-1:0] e_in_flit_i,
    output wire                          e_out_valid_o,
    input  wire                          e_out_ready_i,
    output wire [DATA_W+2*(XW+YW)+3-1:0] e_out_flit_o,
    input  wire                          s_in_valid_i,
    output wire                          s_in_ready_o,
    input  wire [DATA_W+2*(XW+YW)+3-1:0] s_in_flit_i,
    output wire                          s_out_valid_o,
    input  wire                          s_out_ready_i,
    output wire [DATA_W+2*(XW+YW)+3-1:0] s_out_flit_o,
    input  wire                          w_in_valid_i,
    output wire                          w_in_ready_o,
    input  wire [DATA_W+2*(XW+YW)+3-1:0] w_in_flit_i,
    output wire                          w_out_valid_o,
    input  wire                          w_out_ready_i,
    output wire [DATA_W+2*(XW+YW)+3-1:0] w_out_flit_o
);
    // Dependent parameters: do not override.
    localparam PTR_W = $clog2(DEPTH);
    localparam FW    = DATA_W + 2*(XW+YW) + 3;  // flit width
    localparam LAST  = DATA_W;                // bit of `last` in a flit
    localparam DX_LO = DATA_W + 1 + XW + YW;  // lsb of dst_x
    localparam DY_LO = DX_LO + XW;            // lsb of dst_y

    // Index of the lowest set bit (0 when none).
    function [2:0] lowest;
        input [4:0] v;
        integer k;
        begin
            lowest = 3'd0;
            for (k = 4; k >= 0; k = k - 1) if (v[k]) lowest = k[2:0];
        end
    endfunction

    // Inputs after `last` in round-robin order (bits above it).
    function [4:0] above;
        input [2:0] last;
        integer k;
        begin
            above = 5'd0;
            for (k = 0; k < 5; k = k + 1) if (k[2:0] > last) above[k] = 1'b1;
        end
    endfunction

    wire [4:0]      in_valid = {w_in_valid_i, s_in_valid_i, e_in_valid_i, n_in_valid_i,
                                l_in_valid_i};
    wire [5*FW-1:0] in_flit  = {w_in_flit_i, s_in_flit_i, e_in_flit_i, n_in_flit_i, l_in_flit_i};
    wire [4:0]      out_ready = {w_out_ready_i, s_out_ready_i, e_out_ready_i, n_out_ready_i,
                                 l_out_ready_i};
    wire [4:0]      in_ready;
    wire [4:0]      out_valid;
    wire [5*FW-1:0] out_flit;
    assign {w_in_ready_o, s_in_ready_o, e_in_ready_o, n_in_ready_o, l_in_ready_o} = in_ready;
    assign {w_out_valid_o, s_out_valid_o, e_out_valid_o, n_out_valid_o, l_out_valid_o} =
        out_valid;
    assign {w_out_flit_o, s_out_flit_o, e_out_flit_o, n_out_flit_o, l_out_flit_o} = out_flit;

    wire [4:0]      f_valid;  // input FIFO i holds a flit
    wire [5*FW-1:0] f_head;   // its oldest flit
    wire [24:0]     req;      // req[o*5+i]: FIFO i's head goes to output o
    wire [24:0]     gnt;      // gnt[o*5+i]: output o moves FIFO i's head this cycle
    wire [4:0]      f_pop;

    genvar i, o;
    generate
        for (i = 0; i < 5; i = i + 1) begin : g_in
            reg [FW-1:0]    mem_q [0:DEPTH-1];
            reg [PTR_W-1:0] rd_q;
            reg [PTR_W-1:0] wr_q;
            reg [PTR_W:0]   cnt_q;
            wire push = in_valid[i] && in_ready[i];
            assign in_ready[i] = (cnt_q != DEPTH[PTR_W:0]);
            assign f_valid[i]  = (cnt_q != {(PTR_W+1){1'b0}});
            assign f_head[i*FW +: FW] = mem_q[rd_q];
            assign f_pop[i] = gnt[i] | gnt[5+i] | gnt[10+i] | gnt[15+i] | gnt[20+i];

            always @(posedge clk_i) begin
                if (rst_i) begin
                    rd_q  <= {PTR_W{1'b0}};
                    wr_q  <= {PTR_W{1'b0}};
                    cnt_q <= {(PTR_W+1){1'b0}};
                end else begin
                    if (push) wr_q <= wr_q + {{(PTR_W-1){1'b0}}, 1'b1};
                    if (f_pop[i]) rd_q <= rd_q + {{(PTR_W-1){1'b0}}, 1'b1};
                    if (push && !f_pop[i]) cnt_q <= cnt_q + {{PTR_W{1'b0}}, 1'b1};
                    else if (!push && f_pop[i]) cnt_q <= cnt_q - {{PTR_W{1'b0}}, 1'b1};
                end
            end
            always @(posedge clk_i) begin
                if (push) mem_q[wr_q] <= in_flit[i*FW +: FW];
            end

            // Dimension-ordered route of the head flit: X first, then Y, then local.
            wire [XW-1:0] dx = f_head[i*FW + DX_LO +: XW];
            wire [YW-1:0] dy = f_head[i*FW + DY_LO +: YW];
            // Differences rather than comparisons: at a mesh edge a comparison with the
            // router's own coordinate would be constant (a lint warning).
            wire [XW:0] ddx = {1'b0, dx} - {1'b0, X[XW-1:0]};
            wire [YW:0] ddy = {1'b0, dy} - {1'b0, Y[YW-1:0]};
            wire [4:0] dir = (ddx[XW])                     ? 5'b10000 :
                             (ddx != {(XW+1){1'b0}}) ? 5'b00100 :
                             (ddy[YW])                     ? 5'b00010 :
                             (ddy != {(YW+1){1'b0}}) ? 5'b01000 : 5'b00001;
            for (o = 0; o < 5; o = o + 1) begin : g_req
                assign req[o*5+i] = f_valid[i] && dir[o];
            end
        end

        for (o = 0; o < 5; o = o + 1) begin : g_out
            reg        lock_q;  // the output is held by input own_q until its packet's last flit
            reg [2:0]  own_q;   // holder, or the last input granted (round-robin pointer)
            wire [4:0] r  = req[o*5 +: 5];
            wire [7:0] r8 = {3'b000, r};
            wire [4:0] hi = r & above(own_q);
            wire [2:0] pick = (hi != 5'd0) ? lowest(hi) : lowest(r);
            wire [2:0] sel  = lock_q ? own_q : pick;
            wire       fire = out_valid[o] && out_ready[o];
            reg [FW-1:0] flit;
            always @* begin
                case (sel)
                    3'd0:    flit = f_head[0*FW +: FW];
                    3'd1:    flit = f_head[1*FW +: FW];
                    3'd2:    flit = f_head[2*FW +: FW];
                    3'd3:    flit = f_head[3*FW +: FW];
                    default: flit = f_head[4*FW +: FW];
                endcase
            end
            assign out_valid[o] = lock_q ? r8[own_q] : (r != 5'd0);
            assign out_flit[o*FW +: FW] = flit;
            for (i = 0; i < 5; i = i + 1) begin : g_gnt
                assign gnt[o*5+i] = fire && ({29'd0, sel} == i);
            end

            always @(posedge clk_i) begin
                if (rst_i) begin
                    lock_q <= 1'b0;
                    own_q  <= 3'd4;
                end else if (fire) begin
                    lock_q <= !flit[LAST];
                    own_q  <= sel;
                end
            end
        end
    endgenerate
endmodule
`default_nettype wire
