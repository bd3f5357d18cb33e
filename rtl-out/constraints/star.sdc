# star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
# Regenerate with star-gen from the config recorded in manifest.json.
#
# Timing constraints of star_core (plain SDC: OpenSTA, Synopsys/Cadence, Quartus, Radiant).
# constraints/star.xdc is the AMD twin. Clock clk_i, 10.000 ns (100.0 MHz); every data
# port gets 20% of the period (2.000 ns) outside the block, leaving the rest inside.
create_clock -name clk_i -period 10.000 [get_ports clk_i]

set_input_delay -clock clk_i 2.000 [get_ports {rst_i sh_kp_i[*] sh_ap_i[*] select_mode_i kq_i[*] tiles_i[*] radius_i[*] seq_len_i[*] hidden_i[*] sh_k_i[*] sh_v_i[*] mz_i[*] sz_i[*] ntiles_i[*] causal_i base_pos_i[*] key_base_i[*] keys_i[*] part_i head_i pred_valid_i pred_mode_i pred_len_i[*] pred_row_i[*] pred_col_i[*] khat_ready_i w_valid_i w_addr_i[*] w_data_i[*] b_valid_i b_idx_i[*] b_data_i[*] x_data_i[*] q_valid_i q_row_i[*] o_ready_i}]
set_output_delay -clock clk_i 2.000 [get_ports {pred_ready_o khat_valid_o khat_data_o[*] khat_col_o[*] khat_last_o x_rd_o x_addr_o[*] q_ready_o o_valid_o o_row_o[*] p_row_o[*] kv_rows_o[*] idle_o}]
