prime_add_test(tst_nonce_processes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nonce_processes.cpp
               ${CMAKE_CURRENT_LIST_DIR}/tst_primectl_support.h LIBS prime_sandbox prime_core LABEL integration)
target_compile_definitions(tst_nonce_processes PRIVATE PRIMECTL_PATH="$<TARGET_FILE:primectl>")
add_dependencies(tst_nonce_processes primectl)
