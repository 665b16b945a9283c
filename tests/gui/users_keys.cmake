# Users and keys GUI: the dialogs on their own, and the rotation wizard against
# the in-process sandbox and a real keychain (.ci/test).
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_keydialogs SOURCES ${dir}/tst_keydialogs.cpp LIBS prime_ui LABEL gui)
prime_add_test(tst_rotationwizard SOURCES ${dir}/tst_rotationwizard.cpp
    ${PROJECT_SOURCE_DIR}/tests/integration/KeychainTestSupport.h LIBS prime_ui prime_sandbox LABEL gui)
target_include_directories(tst_rotationwizard PRIVATE ${PROJECT_SOURCE_DIR}/tests/integration)
set_property(TEST tst_rotationwizard APPEND PROPERTY LABELS keychain)
prime_add_test(tst_userskeys SOURCES ${dir}/tst_userskeys.cpp ${dir}/GuiTestSupport.h
    ${PROJECT_SOURCE_DIR}/tests/integration/KeychainTestSupport.h LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_userskeys PRIVATE ${dir} ${PROJECT_SOURCE_DIR}/tests/integration)
set_property(TEST tst_userskeys APPEND PROPERTY LABELS keychain)
