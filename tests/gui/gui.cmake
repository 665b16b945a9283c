# GUI tests (QtTest, offscreen) against the in-process sandbox.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_mainwindow SOURCES ${dir}/tst_mainwindow.cpp ${dir}/GuiTestSupport.h
    LIBS prime_shell prime_ui LABEL gui)
target_include_directories(tst_mainwindow PRIVATE ${dir})
prime_add_test(tst_profiledialog SOURCES ${dir}/tst_profiledialog.cpp LIBS prime_shell prime_ui LABEL gui)

# The README's screenshot run is part of the suite: it runs the real executable.
prime_add_test(tst_screenshots SOURCES ${dir}/tst_screenshots.cpp LIBS Qt6::Gui LABEL gui)
add_dependencies(tst_screenshots prime-admin)
target_compile_definitions(tst_screenshots PRIVATE PRIME_ADMIN_BINARY="$<TARGET_FILE:prime-admin>")

# Needs a Secret Service (.ci/test starts one); labelled like the other keychain suites.
prime_add_test(tst_profilesession SOURCES ${dir}/tst_profilesession.cpp
    LIBS prime_sandbox prime_ui LABEL gui)
set_property(TEST tst_profilesession APPEND PROPERTY LABELS keychain)
target_include_directories(tst_profilesession PRIVATE ${PROJECT_SOURCE_DIR}/tests/integration)
