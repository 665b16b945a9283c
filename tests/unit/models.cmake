# Models (prime_models) and the shell's core pieces (audit log, log file + redaction).
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_recordmodels SOURCES ${dir}/tst_recordmodels.cpp LIBS prime_models LABEL unit)
prime_add_test(tst_settlementmodels SOURCES ${dir}/tst_settlementmodels.cpp LIBS prime_models LABEL unit)
prime_add_test(tst_auditlog SOURCES ${dir}/tst_auditlog.cpp LIBS prime_core LABEL unit)
prime_add_test(tst_logfile SOURCES ${dir}/tst_logfile.cpp LIBS prime_core LABEL unit)
prime_add_test(tst_session SOURCES ${dir}/tst_session.cpp LIBS prime_core prime_sandbox LABEL unit)
