// The C face of CLD2: see include/CLD2Shim.h.
#include "CLD2Shim.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cstring>

extern "C" void pipe_cld2_detect(const char *text, int length, PipeLanguageResult *result) {
    std::memset(result, 0, sizeof *result);
    CLD2::Language languages[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percents[3] = {0, 0, 0};
    double scores[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    if (text != nullptr && length > 0) {
        CLD2::ExtDetectLanguageSummaryCheckUTF8(text, length, true, nullptr, 0, languages, percents, scores, nullptr,
                                                &textBytes, &reliable, &validPrefix);
    }
    for (int i = 0; i < 3; i++) {
        const char *code = CLD2::LanguageCode(languages[i]);
        std::strncpy(result->codes[i], code != nullptr ? code : "un", sizeof result->codes[i] - 1);
        result->percents[i] = percents[i];
    }
    result->reliable = reliable ? 1 : 0;
    result->textBytes = textBytes;
    result->validPrefixBytes = validPrefix;
}

extern "C" const char *pipe_cld2_version(void) { return CLD2::DetectLanguageVersion(); }
