// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
+incdir+include
rtl/star_dlzs_pe.v
rtl/star_kv_pe.v
rtl/star_rshift_round.v
rtl/star_sat.v
rtl/star_kvgen_row.v
rtl/star_sram_1024x1024.v
rtl/star_kvgen.v
rtl/star_lzc8.v
rtl/star_lze.v
rtl/star_predictor_row.v
rtl/star_predictor.v
rtl/star_sram_4096x153.v
rtl/star_rass.v
rtl/star_sram_128x58.v
rtl/star_sram_32x3227.v
rtl/star_sram_8192x1024.v
rtl/star_sram_8192x128.v
rtl/star_sufa_mac.v
rtl/star_sufa_exp2.v
rtl/star_sufa_zscale.v
rtl/star_sufa_scale.v
rtl/star_sufa_div.v
rtl/star_sufa_row.v
rtl/star_sufa.v
