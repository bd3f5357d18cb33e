// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`ifndef STAR_PARAMS_VH
`define STAR_PARAMS_VH

`define STAR_CLOCK_NS 10.0
`define STAR_CORES 16
`define STAR_HEAD_DIM 64
`define STAR_HIDDEN 4096
`define STAR_KQ_MAX 64
`define STAR_KV_PES 4
`define STAR_KV_STORE_ROWS 0
`define STAR_MESH "4x4"
`define STAR_PREDICTOR_COLS 32
`define STAR_PREFIX "star_"
`define STAR_QUERY_ROWS 128
`define STAR_RESET "sync_high"
`define STAR_SCORE_WIDTH 16
`define STAR_SEQ_MAX 4096
`define STAR_SORT_WIDTH 16
`define STAR_SUFA_PES 2
`define STAR_SUFA_QUEUE_DEPTH 16
`define STAR_TILE_KEYS_MAX 65536
`define STAR_TILES_MAX 32
`define STAR_MESH_ROWS 4
`define STAR_MESH_COLS 4

`endif
