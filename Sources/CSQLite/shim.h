#ifndef HEARSAY_CSQLITE_SHIM_H
#define HEARSAY_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
