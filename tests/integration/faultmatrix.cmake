prime_add_test(tst_fault_matrix SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fault_matrix.cpp
               LIBS prime_sandbox prime_core LABEL integration)
set_tests_properties(tst_fault_matrix PROPERTIES TIMEOUT 900)
