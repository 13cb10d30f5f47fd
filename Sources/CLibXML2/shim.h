#ifndef PIPE_CLIBXML2_SHIM_H
#define PIPE_CLIBXML2_SHIM_H
/* libxml/encoding.h includes ICU's ucnv.h when LIBXML_ICU_ENABLED is set, which would make every
 * module that sees libxml2 also see ICU (and collide with Foundation's private ICU). We decode to
 * UTF-8 ourselves before parsing, so libxml2's ICU hooks are never needed. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
