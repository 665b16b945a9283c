# Integration suites against the in-process sandbox (and the prime-sandbox tool).
set(dir ${CMAKE_CURRENT_LIST_DIR})
foreach(suite api auth settlement faults external parts)
    if(EXISTS ${dir}/tst_sandbox_${suite}.cpp)
        prime_add_test(tst_sandbox_${suite} SOURCES ${dir}/tst_sandbox_${suite}.cpp ${dir}/tst_sandbox_support.h
                       LIBS prime_sandbox prime_core LABEL integration)
    endif()
endforeach()
if(EXISTS ${dir}/tst_sandbox_cli.cpp)
    prime_add_test(tst_sandbox_cli SOURCES ${dir}/tst_sandbox_cli.cpp ${dir}/tst_sandbox_support.h
                   LIBS prime_sandbox prime_core LABEL integration)
    target_compile_definitions(tst_sandbox_cli PRIVATE PRIME_SANDBOX_BIN="$<TARGET_FILE:prime-sandbox>")
    add_dependencies(tst_sandbox_cli prime-sandbox)
endif()
