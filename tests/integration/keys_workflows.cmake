# Issuing keys and recovering interrupted rotations: sandbox + real keychain (.ci/test).
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_keyworkflows SOURCES ${dir}/tst_keyworkflows.cpp ${dir}/KeychainTestSupport.h
    ${dir}/tst_sandbox_support.h LIBS prime_sandbox prime_core LABEL integration)
set_property(TEST tst_keyworkflows APPEND PROPERTY LABELS keychain)
