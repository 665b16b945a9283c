prime_add_test(tst_pausecountdown SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pausecountdown.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_pausecountdown PRIVATE ${CMAKE_CURRENT_LIST_DIR})
