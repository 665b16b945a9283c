# prime-bench: built into bin/, not run by ctest (timings need a quiet machine).
set(bench_dir ${CMAKE_CURRENT_LIST_DIR})
qt_add_executable(prime-bench
    ${bench_dir}/main.cpp ${bench_dir}/Benches.h
    ${bench_dir}/BenchRunner.cpp ${bench_dir}/BenchRunner.h
    ${bench_dir}/SignBench.cpp
    ${bench_dir}/ClientBench.cpp
    ${bench_dir}/ModelBench.cpp
    ${bench_dir}/ResponsivenessBench.cpp
    ${bench_dir}/StartupBench.cpp)
set_target_properties(prime-bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
target_link_libraries(prime-bench PRIVATE prime_shell prime_ui prime_models prime_sandbox prime_core Qt6::Widgets Qt6::HttpServer OpenSSL::Crypto)

# The start-up floor: a bare QMainWindow + QTableView that quits after its first paint.
qt_add_executable(prime-bench-bare-window ${bench_dir}/bare_window.cpp)
set_target_properties(prime-bench-bare-window PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
target_link_libraries(prime-bench-bare-window PRIVATE Qt6::Widgets)
# Header-only: the same first-paint report as prime-admin, nothing of ours linked.
target_include_directories(prime-bench-bare-window PRIVATE ${PROJECT_SOURCE_DIR}/app)
# The start-up benchmark spawns both from its own directory.
add_dependencies(prime-bench prime-bench-bare-window prime-admin)
