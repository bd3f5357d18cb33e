// Force-included (gcc -include) in every object of a harness build, Verilator's runtime too, so
// that every $display goes through tb_printf: lines carrying the RTL's protocol-check tag
// (STAR-PROTOCOL-ERROR, src/rtl.rs PROTOCOL_TAG) are counted, and tb::Checker::finish counts
// them as failures.
#pragma once
#include <cstdarg>

int tb_printf(const char* fmt, ...);
int tb_vprintf(const char* fmt, va_list ap);
#define VL_PRINTF tb_printf
#define VL_VPRINTF tb_vprintf
