// libFuzzer entry point for the "policy_load" target (see FuzzTargets.h). Built only
// with -DPAREVIEW_FUZZ=ON and clang++; run with tools/fuzz.sh.

#include "FuzzTargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // fromRawData: no copy and no terminating NUL, so a read past the end
    // of the input is an AddressSanitizer report, not a silent success.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = pareview::fuzz::check(QStringLiteral("policy_load"), input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_policy_load: %s\n", qUtf8Printable(problem));
        std::abort();
    }
    return 0;
}
