# star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
# Regenerate with star-gen from the config recorded in manifest.json.
#
# Timing constraints of star_rass (plain SDC: OpenSTA, Synopsys/Cadence, Quartus, Radiant).
# constraints/star.xdc is the AMD twin. Clock clk_i, 10.000 ns (100.0 MHz); every data
# port gets 20% of the period (2.000 ns) outside the block, leaving the rest inside.
create_clock -name clk_i -period 10.000 [get_ports clk_i]

set_input_delay -clock clk_i 2.000 [get_ports {rst_i in_valid_i in_key_i[*] in_tile_i[*] in_mask_i[*] in_last_i out_ready_i m[*]}]
set_output_delay -clock clk_i 2.000 [get_ports {in_ready_o out_valid_o out_key_o[*] out_tile_o[*] out_mask_o[*] out_last_o idle_o}]
