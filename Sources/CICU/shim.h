#ifndef PIPE_CICU_SHIM_H
#define PIPE_CICU_SHIM_H
/* Debian's ICU renames every C function with a version suffix (ucsdet_open -> ucsdet_open_72) through
 * macros Swift cannot import. These static inline wrappers give Swift stable, unsuffixed names.
 * Add a wrapper here for each ICU function a stage needs; never redeclare ICU's own prototypes. */
#include <unicode/utypes.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#define PIPE_ICU(name) __attribute__((swift_name(name)))

/* Charset detection */
static inline UCharsetDetector *pipe_ucsdet_open(UErrorCode *status) PIPE_ICU("icu_ucsdet_open(_:)");
static inline UCharsetDetector *pipe_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }
static inline void pipe_ucsdet_close(UCharsetDetector *d) PIPE_ICU("icu_ucsdet_close(_:)");
static inline void pipe_ucsdet_close(UCharsetDetector *d) { ucsdet_close(d); }
static inline void pipe_ucsdet_setText(UCharsetDetector *d, const char *text, int32_t len, UErrorCode *status) PIPE_ICU("icu_ucsdet_setText(_:_:_:_:)");
static inline void pipe_ucsdet_setText(UCharsetDetector *d, const char *text, int32_t len, UErrorCode *status) { ucsdet_setText(d, text, len, status); }
static inline const UCharsetMatch *pipe_ucsdet_detect(UCharsetDetector *d, UErrorCode *status) PIPE_ICU("icu_ucsdet_detect(_:_:)");
static inline const UCharsetMatch *pipe_ucsdet_detect(UCharsetDetector *d, UErrorCode *status) { return ucsdet_detect(d, status); }
static inline const char *pipe_ucsdet_getName(const UCharsetMatch *m, UErrorCode *status) PIPE_ICU("icu_ucsdet_getName(_:_:)");
static inline const char *pipe_ucsdet_getName(const UCharsetMatch *m, UErrorCode *status) { return ucsdet_getName(m, status); }
static inline int32_t pipe_ucsdet_getConfidence(const UCharsetMatch *m, UErrorCode *status) PIPE_ICU("icu_ucsdet_getConfidence(_:_:)");
static inline int32_t pipe_ucsdet_getConfidence(const UCharsetMatch *m, UErrorCode *status) { return ucsdet_getConfidence(m, status); }

/* Conversion */
static inline UConverter *pipe_ucnv_open(const char *name, UErrorCode *status) PIPE_ICU("icu_ucnv_open(_:_:)");
static inline UConverter *pipe_ucnv_open(const char *name, UErrorCode *status) { return ucnv_open(name, status); }
static inline void pipe_ucnv_close(UConverter *c) PIPE_ICU("icu_ucnv_close(_:)");
static inline void pipe_ucnv_close(UConverter *c) { ucnv_close(c); }
static inline const char *pipe_ucnv_getName(const UConverter *c, UErrorCode *status) PIPE_ICU("icu_ucnv_getName(_:_:)");
static inline const char *pipe_ucnv_getName(const UConverter *c, UErrorCode *status) { return ucnv_getName(c, status); }
static inline UChar32 pipe_ucnv_getNextUChar(UConverter *c, const char **source, const char *sourceLimit, UErrorCode *status) PIPE_ICU("icu_ucnv_getNextUChar(_:_:_:_:)");
static inline UChar32 pipe_ucnv_getNextUChar(UConverter *c, const char **source, const char *sourceLimit, UErrorCode *status) { return ucnv_getNextUChar(c, source, sourceLimit, status); }
static inline void pipe_ucnv_toUnicode(UConverter *c, UChar **target, const UChar *targetLimit, const char **source, const char *sourceLimit, int32_t *offsets, UBool flush, UErrorCode *status) PIPE_ICU("icu_ucnv_toUnicode(_:_:_:_:_:_:_:_:)");
static inline void pipe_ucnv_toUnicode(UConverter *c, UChar **target, const UChar *targetLimit, const char **source, const char *sourceLimit, int32_t *offsets, UBool flush, UErrorCode *status) { ucnv_toUnicode(c, target, targetLimit, source, sourceLimit, offsets, flush, status); }
static inline void pipe_ucnv_reset(UConverter *c) PIPE_ICU("icu_ucnv_reset(_:)");
static inline void pipe_ucnv_reset(UConverter *c) { ucnv_reset(c); }
static inline const char *pipe_ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) PIPE_ICU("icu_ucnv_getStandardName(_:_:_:)");
static inline const char *pipe_ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) { return ucnv_getStandardName(name, standard, status); }

/* Normalization */
static inline const UNormalizer2 *pipe_unorm2_getNFCInstance(UErrorCode *status) PIPE_ICU("icu_unorm2_getNFCInstance(_:)");
static inline const UNormalizer2 *pipe_unorm2_getNFCInstance(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline int32_t pipe_unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length, UChar *dest, int32_t capacity, UErrorCode *status) PIPE_ICU("icu_unorm2_normalize(_:_:_:_:_:_:)");
static inline int32_t pipe_unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length, UChar *dest, int32_t capacity, UErrorCode *status) { return unorm2_normalize(n, src, length, dest, capacity, status); }
static inline int32_t pipe_unorm2_spanQuickCheckYes(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) PIPE_ICU("icu_unorm2_spanQuickCheckYes(_:_:_:_:)");
static inline int32_t pipe_unorm2_spanQuickCheckYes(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) { return unorm2_spanQuickCheckYes(n, s, length, status); }
static inline UBool pipe_unorm2_hasBoundaryBefore(const UNormalizer2 *n, UChar32 c) PIPE_ICU("icu_unorm2_hasBoundaryBefore(_:_:)");
static inline UBool pipe_unorm2_hasBoundaryBefore(const UNormalizer2 *n, UChar32 c) { return unorm2_hasBoundaryBefore(n, c); }
static inline UNormalizationCheckResult pipe_unorm2_quickCheck(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) PIPE_ICU("icu_unorm2_quickCheck(_:_:_:_:)");
static inline UNormalizationCheckResult pipe_unorm2_quickCheck(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) { return unorm2_quickCheck(n, s, length, status); }

/* Break iteration (not thread-safe: open a template once, clone per worker) */
static inline UBreakIterator *pipe_ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text, int32_t textLength, UErrorCode *status) PIPE_ICU("icu_ubrk_open(_:_:_:_:_:)");
static inline UBreakIterator *pipe_ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text, int32_t textLength, UErrorCode *status) { return ubrk_open(type, locale, text, textLength, status); }
static inline UBreakIterator *pipe_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) PIPE_ICU("icu_ubrk_clone(_:_:)");
static inline UBreakIterator *pipe_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) { return ubrk_clone(bi, status); }
static inline void pipe_ubrk_close(UBreakIterator *bi) PIPE_ICU("icu_ubrk_close(_:)");
static inline void pipe_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline void pipe_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength, UErrorCode *status) PIPE_ICU("icu_ubrk_setText(_:_:_:_:)");
static inline void pipe_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength, UErrorCode *status) { ubrk_setText(bi, text, textLength, status); }
static inline int32_t pipe_ubrk_first(UBreakIterator *bi) PIPE_ICU("icu_ubrk_first(_:)");
static inline int32_t pipe_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t pipe_ubrk_next(UBreakIterator *bi) PIPE_ICU("icu_ubrk_next(_:)");
static inline int32_t pipe_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t pipe_ubrk_getRuleStatus(UBreakIterator *bi) PIPE_ICU("icu_ubrk_getRuleStatus(_:)");
static inline int32_t pipe_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }

/* UTF conversion and character properties */
static inline UChar *pipe_u_strFromUTF8(UChar *dest, int32_t destCapacity, int32_t *pDestLength, const char *src, int32_t srcLength, UErrorCode *status) PIPE_ICU("icu_u_strFromUTF8(_:_:_:_:_:_:)");
static inline UChar *pipe_u_strFromUTF8(UChar *dest, int32_t destCapacity, int32_t *pDestLength, const char *src, int32_t srcLength, UErrorCode *status) { return u_strFromUTF8(dest, destCapacity, pDestLength, src, srcLength, status); }
static inline UScriptCode pipe_uscript_getScript(UChar32 c, UErrorCode *status) PIPE_ICU("icu_uscript_getScript(_:_:)");
static inline UScriptCode pipe_uscript_getScript(UChar32 c, UErrorCode *status) { return uscript_getScript(c, status); }

#endif
