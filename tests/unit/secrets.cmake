# Secrets and profiles without a keychain: profile storage and validation, entry
# naming, pasted-secret cleaning, core dumps, the secret clipboard.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_profiles SOURCES ${dir}/tst_profiles.cpp LIBS prime_core LABEL unit)
prime_add_test(tst_secretclipboard SOURCES ${dir}/tst_secretclipboard.cpp LIBS prime_desktop Qt6::Gui LABEL unit)
