# star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
# Regenerate with star-gen from the config recorded in manifest.json.
#
# AMD (Vivado) constraints of star_rass; constraints/star.sdc is the plain-SDC twin. No pin
# locations: the block has more ports than a package has pins, so synthesise it out of context
# (synth_design -mode out_of_context) or instantiate it under a board top.
create_clock -name clk_i -period 10.000 [get_ports clk_i]

set_input_delay -clock [get_clocks clk_i] 2.000 [get_ports {rst_i in_valid_i in_key_i[*] in_tile_i[*] in_mask_i[*] in_last_i out_ready_i m[*]}]
set_output_delay -clock [get_clocks clk_i] 2.000 [get_ports {in_ready_o out_valid_o out_key_o[*] out_tile_o[*] out_mask_o[*] out_last_o idle_o}]
