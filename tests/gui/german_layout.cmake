# The window in German and French: every pane and dialog of the screenshot run is
# checked for clipped button and label texts; the pictures go to test-output/<lang>/.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_german_layout SOURCES ${dir}/tst_german_layout.cpp ${dir}/GuiTestSupport.h
    LIBS prime_shell prime_ui prime_i18n LABEL "gui;translations")
target_include_directories(tst_german_layout PRIVATE ${dir})
target_compile_definitions(tst_german_layout PRIVATE
    PRIME_TEST_OUTPUT_DIR="${CMAKE_BINARY_DIR}/test-output")
