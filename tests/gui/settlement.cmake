# Settlement widgets on their own, and the settlement pane against the in-process sandbox.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_settlementwidgets SOURCES ${dir}/tst_settlementwidgets.cpp LIBS prime_ui LABEL gui)
prime_add_test(tst_settlementpane SOURCES ${dir}/tst_settlementpane.cpp LIBS prime_shell prime_ui LABEL gui)
