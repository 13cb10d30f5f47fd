/// A C face for CLD2 (Compact Language Detector 2, Debian's libcld2-dev), whose API is C++: Swift calls
/// this one function, and no C++ type crosses into Swift.
#ifndef PIPE_CLD2_SHIM_H
#define PIPE_CLD2_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

/// The detector's verdict on one text.
typedef struct {
    /// The three most likely languages as CLD2's codes ("en", "pt", "zh-Hant", "iw", "un" for unknown),
    /// NUL-terminated, and the percentage of the text's letters given to each.
    char codes[3][16];
    int percents[3];
    /// CLD2's own judgement that the first language is clearly ahead (enough text, no close second).
    int reliable;
    /// Letters the detector scored (markup, digits and punctuation are not counted).
    int textBytes;
    /// Bytes at the start of the input that are valid UTF-8.
    int validPrefixBytes;
} PipeLanguageResult;

/// Detects the language of `length` bytes of UTF-8 plain text.
void pipe_cld2_detect(const char *text, int length, PipeLanguageResult *result);

/// CLD2's version text ("code_version - data_build_date").
const char *pipe_cld2_version(void);

#ifdef __cplusplus
}
#endif

#endif
