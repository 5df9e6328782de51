// zlib, for crc32_combine: the CRC-32 of pieces inflated apart, joined (Decoding/IO/GzipIndex).
#include <zlib.h>
