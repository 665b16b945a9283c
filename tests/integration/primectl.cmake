# primectl as a process against the sandbox (in-process server for the QtTest
# suites, the prime-sandbox tool for the shell workflow).
set(dir ${CMAKE_CURRENT_LIST_DIR})
foreach(name tst_primectl tst_primectl_batches)
    prime_add_test(${name} SOURCES ${dir}/${name}.cpp ${dir}/tst_primectl_support.h
                   LIBS prime_sandbox prime_core LABEL integration)
    target_compile_definitions(${name} PRIVATE PRIMECTL_PATH="$<TARGET_FILE:primectl>")
    add_dependencies(${name} primectl)
endforeach()

add_test(NAME primectl_workflow
         COMMAND bash ${dir}/workflow.sh $<TARGET_FILE:primectl> $<TARGET_FILE:prime-sandbox>)
set_tests_properties(primectl_workflow PROPERTIES LABELS integration TIMEOUT 300)

# --profile with a real keychain (runs inside .ci/test's D-Bus session).
prime_add_test(tst_primectl_keychain SOURCES ${dir}/tst_primectl_keychain.cpp ${dir}/tst_primectl_support.h
               ${dir}/KeychainTestSupport.h LIBS prime_sandbox prime_core LABEL integration)
set_property(TEST tst_primectl_keychain APPEND PROPERTY LABELS keychain)
target_compile_definitions(tst_primectl_keychain PRIVATE PRIMECTL_PATH="$<TARGET_FILE:primectl>")
add_dependencies(tst_primectl_keychain primectl)

# prime::KeyRotation (used by primectl keys rotate and the GUI) against the in-process sandbox.
prime_add_test(tst_keyrotation SOURCES ${dir}/tst_keyrotation.cpp ${dir}/tst_sandbox_support.h
               LIBS prime_sandbox prime_core LABEL integration)
