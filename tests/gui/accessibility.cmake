# Accessibility: accessible names, tab order and keyboard-only workflows of the
# main window and every dialog, against the in-process sandbox.
prime_add_test(tst_accessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessibilityChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_accessibility PRIVATE ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_keyboard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keyboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessibilityChecks.h ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h
    LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_keyboard PRIVATE ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_keyboardsettlement SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keyboardsettlement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessibilityChecks.h ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h
    LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_keyboardsettlement PRIVATE ${CMAKE_CURRENT_LIST_DIR})
