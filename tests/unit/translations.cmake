# Translations: catalogue completeness (lupdate on a temporary copy of each .ts)
# and the language choice (prime_i18n, --lang).
set(dir ${CMAKE_CURRENT_LIST_DIR})
string(JOIN "|" prime_lupdate_sources ${PRIME_LUPDATE_SOURCES})
string(JOIN "|" prime_lupdate_options ${PRIME_LUPDATE_OPTIONS})
string(JOIN "|" prime_ts_files ${PRIME_TS_FILES})

prime_add_test(tst_translations_complete SOURCES ${dir}/tst_translations_complete.cpp LIBS Qt6::Core
    LABEL "unit;translations")
target_compile_definitions(tst_translations_complete PRIVATE
    PRIME_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    PRIME_SOURCE_TREE="${PROJECT_SOURCE_DIR}"
    PRIME_LUPDATE_SOURCES="${prime_lupdate_sources}"
    PRIME_LUPDATE_OPTIONS="${prime_lupdate_options}"
    PRIME_TS_FILES="${prime_ts_files}")

prime_add_test(tst_language SOURCES ${dir}/tst_language.cpp LIBS prime_i18n prime_models Qt6::Widgets
    LABEL "unit;translations")
add_dependencies(tst_language prime-admin)
target_compile_definitions(tst_language PRIVATE
    PRIME_ADMIN_BINARY="$<TARGET_FILE:prime-admin>"
    PRIME_TS_FILES="${prime_ts_files}")
