# prime-bench: built into bin/, not run by ctest (timings need a quiet machine).
set(bench_dir ${CMAKE_CURRENT_LIST_DIR})
qt_add_executable(prime-bench
    ${bench_dir}/main.cpp ${bench_dir}/Benches.h
    ${bench_dir}/BenchRunner.cpp ${bench_dir}/BenchRunner.h
    ${bench_dir}/SignBench.cpp
    ${bench_dir}/ClientBench.cpp
    ${bench_dir}/ModelBench.cpp
    ${bench_dir}/ResponsivenessBench.cpp)
set_target_properties(prime-bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
target_link_libraries(prime-bench PRIVATE prime_models prime_sandbox prime_core Qt6::Widgets Qt6::HttpServer OpenSSL::Crypto)
