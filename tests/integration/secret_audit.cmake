# The secret audit (issue 11): the whole workflow through the GUI, primectl, an
# aborted prime-admin and both screenshot runs in a throwaway HOME, then a scan of
# everything written for every secret in play. Needs a real keychain: .ci/test
# runs it with the other `keychain` suites inside a private D-Bus session with an
# unlocked gnome-keyring (without one it fails on purpose).
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_secret_audit
    SOURCES ${dir}/tst_secret_audit.cpp ${dir}/tst_secret_audit_workflow.cpp
            ${dir}/tst_secret_audit_children.cpp ${dir}/SecretAuditTest.h
            ${dir}/SecretAuditSupport.h ${dir}/SecretScanner.h ${dir}/KeychainTestSupport.h
    LIBS prime_shell prime_ui prime_sandbox prime_core LABEL integration)
target_include_directories(tst_secret_audit PRIVATE ${dir})
set_property(TEST tst_secret_audit APPEND PROPERTY LABELS keychain)
set_tests_properties(tst_secret_audit PROPERTIES TIMEOUT 180)
target_compile_definitions(tst_secret_audit PRIVATE PRIMECTL_PATH="$<TARGET_FILE:primectl>"
    PRIME_ADMIN_BINARY="$<TARGET_FILE:prime-admin>")
add_dependencies(tst_secret_audit primectl prime-admin)
