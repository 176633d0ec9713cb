# The keyboard-wedge scanner (USB scanners that type) and the Hangul → Latin key
# mapping it needs. Paths from this file's folder, so it can be included from anywhere.
target_sources(mannam_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WedgeScanner.h ${CMAKE_CURRENT_LIST_DIR}/WedgeScanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeyboardLayout.h ${CMAKE_CURRENT_LIST_DIR}/KeyboardLayout.cpp)
