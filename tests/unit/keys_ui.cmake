# Users and keys: allow-list rules and the rotation journal (no server, no keychain).
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_ipallowlist SOURCES ${dir}/tst_ipallowlist.cpp LIBS prime_core LABEL unit)
prime_add_test(tst_rotationjournal SOURCES ${dir}/tst_rotationjournal.cpp LIBS prime_core LABEL unit)
prime_add_test(tst_keysmodel_secret SOURCES ${dir}/tst_keysmodel_secret.cpp LIBS prime_models LABEL unit)
