prime_add_test(tst_fuzz_replay SOURCES ${CMAKE_CURRENT_LIST_DIR}/../fuzz/tst_fuzz_replay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../fuzz/fuzz_responses.cpp ${CMAKE_CURRENT_LIST_DIR}/../fuzz/fuzz_sandbox.cpp
    LIBS prime_sandbox prime_core LABEL unit)
target_compile_definitions(tst_fuzz_replay PRIVATE FUZZ_DIR="${PROJECT_SOURCE_DIR}/tests/fuzz")
