# Settlement workflows (run, tracker, pager) against the in-process sandbox.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_settlement_workflows SOURCES ${dir}/tst_settlement_workflows.cpp ${dir}/tst_sandbox_support.h
               LIBS prime_sandbox prime_core LABEL integration)
