# SPDX-License-Identifier: MIT
# sqlweave_add_snapshot_test(NAME n SCHEMA models.py [APP label] QUERIES file... DIR dir
#                            [DIALECTS dialect...])
# Adds the CTest test `n`, which runs `sqlweave snapshot` over the queries files against the
# snapshot files in DIR (one DIR/<name>.sql per query, every dialect in it), and the target
# `n_update`, which accepts the current output (`cmake --build build --target n_update`).
# Relative paths are taken from the calling CMakeLists.txt's folder.
function(sqlweave_add_snapshot_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;SCHEMA;APP;DIR" "QUERIES;DIALECTS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "sqlweave_add_snapshot_test: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  foreach(required NAME SCHEMA QUERIES DIR)
    if(NOT arg_${required})
      message(FATAL_ERROR "sqlweave_add_snapshot_test: ${required} is required")
    endif()
  endforeach()
  if(NOT TARGET sqlweave::cli)
    message(FATAL_ERROR "sqlweave_add_snapshot_test needs the sqlweave command (sqlweave::cli): "
                        "build sqlweave with SQLWEAVE_BUILD_CLI=ON")
  endif()
  cmake_path(ABSOLUTE_PATH arg_SCHEMA BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  cmake_path(ABSOLUTE_PATH arg_DIR BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  set(command $<TARGET_FILE:sqlweave::cli> snapshot --schema ${arg_SCHEMA} --dir ${arg_DIR})
  if(arg_APP)
    list(APPEND command --app ${arg_APP})
  endif()
  foreach(file ${arg_QUERIES})
    cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND command --queries ${file})
  endforeach()
  if(arg_DIALECTS)
    list(JOIN arg_DIALECTS "," dialects)
    list(APPEND command --dialects ${dialects})
  endif()
  add_test(NAME ${arg_NAME} COMMAND ${command})
  add_custom_target(${arg_NAME}_update COMMAND ${command} --update
                    COMMENT "Accepting the SQL snapshots of ${arg_NAME} in ${arg_DIR}" VERBATIM)
endfunction()
