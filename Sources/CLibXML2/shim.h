#ifndef HEARSAY_CLIBXML2_SHIM_H
#define HEARSAY_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// libxml2 built with ICU pulls ICU's headers into its encoding API, which clash with the ICU that
// Foundation carries. Hearsay never touches an encoding handler's fields (only pointers to one), so
// the declarations are read without them.
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#endif
