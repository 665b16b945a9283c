# Against a real keychain: .ci/test runs ctest inside a private D-Bus session
# with an unlocked gnome-keyring. Without one these tests fail on purpose
# (except tst_keychain_unavailable, which makes sure there is none).
set(dir ${CMAKE_CURRENT_LIST_DIR})
foreach(name tst_secretstore tst_profile_secrets tst_keychain_unavailable tst_secret_leak tst_primectl_profile)
    prime_add_test(${name} SOURCES ${dir}/${name}.cpp ${dir}/KeychainTestSupport.h
        LIBS prime_core prime_testsupport LABEL integration)
    set_property(TEST ${name} APPEND PROPERTY LABELS keychain)
    target_compile_definitions(${name} PRIVATE PRIMECTL_PATH="$<TARGET_FILE:primectl>")
    add_dependencies(${name} primectl)
endforeach()
