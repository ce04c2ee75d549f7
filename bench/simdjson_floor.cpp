// The physical floor of `pareview evaluate --bundle-dir` (issue 14): read
// every *.json of a folder (from the page cache, as a warm run reads them)
// and parse each with simdjson, the fastest JSON parser Debian packages,
// touching every value once so nothing is skipped lazily. One process, one
// pass; prints the wall time.
//
//   pareview-bench-simdjson DIR  →  "simdjson-floor bundles=N bytes=B us=T"

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {
size_t walk(simdjson::dom::element e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: {
        size_t n = 1;
        for (simdjson::dom::element c : e.get_array())
            n += walk(c);
        return n;
    }
    case simdjson::dom::element_type::OBJECT: {
        size_t n = 1;
        for (simdjson::dom::key_value_pair kv : e.get_object())
            n += kv.key.size() + walk(kv.value);
        return n;
    }
    case simdjson::dom::element_type::STRING:
        return std::string_view(e.get_string()).size();
    default:
        return 1;
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    simdjson::dom::parser parser;
    size_t bytes = 0, touched = 0, bad = 0;
    for (const auto &f : files) {
        simdjson::padded_string text;
        if (simdjson::padded_string::load(f.string()).get(text)) {
            ++bad;
            continue;
        }
        bytes += text.size();
        simdjson::dom::element doc;
        if (parser.parse(text).get(doc)) {
            ++bad;
            continue;
        }
        touched += walk(doc);
    }
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    std::printf("simdjson-floor bundles=%zu bytes=%zu us=%lld bad=%zu touched=%zu\n", files.size(), bytes, static_cast<long long>(us), bad,
                touched);
    return bad ? 1 : 0;
}
