// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Self-checking testbench of the K/V output stage at this configuration's accumulator width
// (34 bits): y = sat16(rshift_round(x, sh)), against 256 golden vectors {x, sh, y} that
// star-gen wrote from its model into tb/output_stage.hex. Prints `N passed, N failed` and stops with
// $fatal on a mismatch. The vectors file is read from the simulator's working directory
// (FuseSoC copies it there) or from +vectors=PATH.
module star_tb_output_stage;
    localparam IN_W = 34;
    localparam N    = 256;
    reg  [IN_W+21:0]  vec_q [0:N-1];
    reg  [IN_W-1:0]   x;
    reg  [5:0]        sh;
    reg  [15:0]       want;
    wire [IN_W:0]     rounded;
    wire [15:0]       y;
    reg  [8*256-1:0]  path;
    integer           i;
    integer           fails;

    star_rshift_round #(.IN_W(IN_W)) u_round (.x_i(x), .sh_i(sh), .y_o(rounded));
    star_sat #(.IN_W(IN_W+1), .OUT_W(16)) u_sat (.x_i(rounded), .y_o(y));

    initial begin
        if (!$value$plusargs("vectors=%s", path)) path = "output_stage.hex";
        for (i = 0; i < N; i = i + 1) vec_q[i] = {(IN_W+22){1'bx}};
        $readmemh(path, vec_q);
        fails = 0;
        for (i = 0; i < N; i = i + 1) begin
            {x, sh, want} = vec_q[i];
            #1;
            if (y !== want) begin
                fails = fails + 1;
                $display("MISMATCH vector %0d: x=%h sh=%0d y=%h expected %h", i, x, sh, y, want);
            end
        end
        $display("star_tb_output_stage: %0d passed, %0d failed", N - fails, fails);
        if (fails != 0) $fatal(1, "star_tb_output_stage: %0d mismatches", fails);
        $finish;
    end
endmodule

`default_nettype wire
