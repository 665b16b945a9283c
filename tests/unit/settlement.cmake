# Settlement core pieces without a server: exact amount formatting, CSV exports.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_settlementcore SOURCES ${dir}/tst_settlementcore.cpp LIBS prime_core LABEL unit)
