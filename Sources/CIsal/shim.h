#include <isa-l/igzip_lib.h>
#include <isa-l/crc.h>

/// The level buffer size ISA-L recommends for deflate `level` (0...3): its size macros are
/// expressions Swift does not import.
static inline unsigned int cisal_level_buffer_size(int level) {
    switch (level) {
    case 1: return ISAL_DEF_LVL1_DEFAULT;
    case 2: return ISAL_DEF_LVL2_DEFAULT;
    case 3: return ISAL_DEF_LVL3_DEFAULT;
    default: return ISAL_DEF_LVL0_DEFAULT;
    }
}
