# RecordTableModel::upsertRecords: a page of records in one insertion.
set(dir ${CMAKE_CURRENT_LIST_DIR})
prime_add_test(tst_batchinsert SOURCES ${dir}/tst_batchinsert.cpp LIBS prime_models LABEL unit)
